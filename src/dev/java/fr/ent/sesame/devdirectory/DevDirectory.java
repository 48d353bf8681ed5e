package fr.ent.sesame.devdirectory;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.schema.Schema;
import com.unboundid.ldif.LDIFException;
import com.unboundid.ldif.LDIFReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The ldap run command's directory: UnboundID's in-memory LDAP server on loopback, holding the demo people
 * of {@code src/test/ldap/people.ldif} with the same SupAnn, eduPerson and SCHAC schemas as the test slapd.
 * A development aid only, never in the WAR. It has no password policy (no lockout, no history): the ldap
 * test suite runs against a real slapd for that.
 *
 * <pre>java fr.ent.sesame.devdirectory.DevDirectory [port] [ldapFolder]</pre>
 */
public final class DevDirectory {

    private final InMemoryDirectoryServer server;

    public DevDirectory(int port, Path ldapFolder) throws LDAPException, IOException, LDIFException {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=univ-test,dc=fr");
        config.setListenerConfigs(
                InMemoryListenerConfig.createLDAPConfig("ldap", java.net.InetAddress.getLoopbackAddress(), port, null));
        config.setSchema(
                Schema.mergeSchemas(Schema.getDefaultStandardSchema(), schemaOf(ldapFolder.resolve("schema"))));
        config.addAdditionalBindCredentials("cn=admin,dc=univ-test,dc=fr", "admin-test-only");
        server = new InMemoryDirectoryServer(config);
        for (Entry entry : entriesOf(ldapFolder.resolve("people.ldif"))) {
            server.add(entry);
        }
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 10389;
        Path folder = Path.of(args.length > 1 ? args[1] : "src/test/ldap");
        DevDirectory directory = new DevDirectory(port, folder);
        directory.start();
        System.out.printf(
                "%n  Sésame's local directory: ldap://127.0.0.1:%d/ (dc=univ-test,dc=fr, the demo people)%n%n", port);
        Runtime.getRuntime().addShutdownHook(new Thread(directory::stop));
    }

    public void start() throws LDAPException {
        server.startListening();
    }

    public void stop() {
        server.shutDown(true);
    }

    /** The schema files are slapd's cn=config form (olcAttributeTypes): the same definitions, renamed. */
    private static Schema schemaOf(Path folder) throws IOException, LDIFException {
        List<Entry> entries = new ArrayList<>();
        try (var files = Files.list(folder)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".ldif")).sorted().toList()) {
                String ldif = Files.readString(file, StandardCharsets.UTF_8)
                        .replace("olcAttributeTypes:", "attributeTypes:")
                        .replace("olcObjectClasses:", "objectClasses:")
                        .replace("objectClass: olcSchemaConfig", "objectClass: subschema");
                try (LDIFReader reader = new LDIFReader(new java.io.BufferedReader(new java.io.StringReader(ldif)))) {
                    entries.add(reader.readEntry());
                }
            }
        }
        Schema merged = null;
        for (Entry entry : entries) {
            Schema schema = new Schema(entry);
            merged = merged == null ? schema : Schema.mergeSchemas(merged, schema);
        }
        return merged;
    }

    /**
     * The demo entries without what only ppolicy knows (policies, their operational attributes): this
     * server has no password policy.
     */
    private static List<Entry> entriesOf(Path ldif) throws IOException, LDIFException {
        List<Entry> entries = new ArrayList<>();
        try (LDIFReader reader = new LDIFReader(ldif.toFile())) {
            for (Entry entry = reader.readEntry(); entry != null; entry = reader.readEntry()) {
                if (entry.hasObjectClass("pwdPolicy")) {
                    continue;
                }
                for (Attribute attribute : new ArrayList<>(entry.getAttributes())) {
                    if (attribute.getName().startsWith("pwd")) {
                        entry.removeAttribute(attribute.getName());
                    }
                }
                entries.add(entry);
            }
        }
        return entries;
    }
}
