package fr.ent.sesame.wildflyconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * wildfly-config/configure.cli and restore.cli as IT runs them, applied offline (embed-server) to the
 * configuration of a freshly provisioned WildFly that has never seen Sésame.
 */
class WildflyConfigScriptsIT {

    private static final Path SERVER = Path.of("target/pristine-server");
    private static final Path CONFIG = SERVER.resolve("standalone/configuration/standalone.xml");
    private static final Path SITE = Path.of("wildfly-config/site.properties.example");
    private static final Pattern TAG = Pattern.compile("<([A-Za-z][\\w:.-]*)((?:\\s+[\\w:.-]+=\"[^\"]*\")*)\\s*(/?)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("[\\w:.-]+=\"[^\"]*\"");

    /** What configure.cli adds, as it shows in standalone.xml once attributes are in name order. */
    private static final List<String> SESAME_RESOURCES = List.of(
            "jndi-name=\"java:jboss/datasources/SesameDS\"",
            "<outbound-socket-binding name=\"sesame-smtp\">",
            "jndi-name=\"java:jboss/mail/Sesame\" name=\"sesame\">",
            "<application-security-domain integrated-jaspi=\"false\" name=\"sesame\" security-domain=\"ApplicationDomain\"/>",
            "<application-security-domain name=\"sesame\" security-domain=\"ApplicationDomain\"/>",
            "<config-source name=\"sesame\" ordinal=\"250\">",
            "name=\"SESAME_AUDIT\"",
            "<logger category=\"sesame.audit\"",
            "<logger category=\"io.undertow.request\"",
            "<session-cookie http-only=\"true\" secure=\"true\"/>");

    @Test
    void configureTwice_thenRestore_givesBackTheOriginalConfiguration() throws Exception {
        run(List.of(":write-config"));
        String original = configuration();
        SESAME_RESOURCES.forEach(resource -> assertFalse(original.contains(resource), resource));

        runScript("configure.cli");
        String configured = configuration();
        SESAME_RESOURCES.forEach(resource -> assertTrue(configured.contains(resource), "configure.cli adds " + resource));
        assertTrue(configured.contains("<connection-url>jdbc:postgresql://db.example.org:5432/sesame</connection-url>"),
                "site values come from the properties file");
        assertTrue(configured.contains("<property name=\"sesame.institution.name\" value=\"Université de Strasbourg\"/>"),
                "accented site values survive");

        runScript("configure.cli");
        assertEquals(configured, configuration(), "a second run of configure.cli changes nothing");

        runScript("restore.cli");
        assertEquals(original, configuration(), "restore.cli removes exactly what configure.cli added");
    }

    @Test
    void onAProfileWithoutHealth_configureAddsTheReadinessEndpoint_openToTheBalancer() throws Exception {
        Path saved = Files.createTempFile("standalone", ".xml");
        Files.copy(CONFIG, saved, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try {
            // standalone.xml and standalone-ha.xml of a full WildFly have no microprofile-health-smallrye.
            run(List.of("/subsystem=microprofile-health-smallrye:remove",
                    "/extension=org.wildfly.extension.microprofile.health-smallrye:remove",
                    "/subsystem=health:remove", "/extension=org.wildfly.extension.health:remove"));
            assertFalse(configuration().contains("health"));

            runScript("configure.cli");
            String configured = configuration();
            assertTrue(configured.contains("<extension module=\"org.wildfly.extension.microprofile.health-smallrye\"/>"), configured);
            assertTrue(configured.contains("security-enabled=\"false\" xmlns=\"urn:wildfly:microprofile-health-smallrye:"), configured);
            assertTrue(configured.contains("<subsystem security-enabled=\"false\" xmlns=\"urn:wildfly:health:"), configured);
            runScript("configure.cli");
            assertEquals(configured, configuration(), "a second run of configure.cli changes nothing");
        } finally {
            Files.copy(saved, CONFIG, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** standalone.xml with the attributes of each element in name order: WildFly writes them in no fixed order. */
    private static String configuration() throws IOException {
        Matcher tag = TAG.matcher(Files.readString(CONFIG));
        StringBuilder normalised = new StringBuilder();
        while (tag.find()) {
            List<String> attributes = new ArrayList<>();
            Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
            while (attribute.find()) {
                attributes.add(attribute.group());
            }
            Collections.sort(attributes);
            String rebuilt = "<" + tag.group(1) + (attributes.isEmpty() ? "" : " " + String.join(" ", attributes)) + tag.group(3) + ">";
            tag.appendReplacement(normalised, Matcher.quoteReplacement(rebuilt));
        }
        tag.appendTail(normalised);
        return normalised.toString();
    }

    @Test
    void theDirectoryScripts_keepTheBindPasswordEncrypted_andRestoreGivesBackTheConfiguration() throws Exception {
        runScript("configure.cli");
        String configured = configuration();

        runScript("ldap.cli");
        String withDirectory = configuration();
        assertTrue(withDirectory.contains("<property name=\"sesame.ldap.urls\" value=\"ldaps://ldap1.example.org:636/,ldaps://ldap2.example.org:636/\"/>"),
                "the directory's settings, from the site's properties, in a config source the console shows");
        runScript("ldap.cli");
        assertEquals(withDirectory, configuration(), "a second run of ldap.cli changes nothing");

        // The two commands docs/ldap.md gives IT, run without parameter resolution as IT runs them.
        String output = run(List.of(
                "/subsystem=elytron/expression=encryption:create-expression(resolver=sesame, clear-text=Mot-De-Passe-Du-Service-42)"), false);
        java.util.regex.Matcher expression = java.util.regex.Pattern.compile("\\$\\{ENC::sesame:[^}]+}").matcher(output);
        assertTrue(expression.find(), output);
        run(List.of("/system-property=sesame.ldap.bind-password:add(value=\"" + expression.group() + "\")"), false);
        String withPassword = Files.readString(CONFIG);
        assertTrue(withPassword.contains("${ENC::sesame:"), "the password is in the configuration only encrypted");
        assertFalse(withPassword.contains("Mot-De-Passe-Du-Service-42"), "never in clear text");

        runScript("ldap-restore.cli");
        assertEquals(configured, configuration(), "ldap-restore.cli removes exactly what ldap.cli (and the password) added");
        runScript("restore.cli");
    }

    private static void runScript(String name) throws IOException, InterruptedException {
        run(Files.readAllLines(Path.of("wildfly-config", name), StandardCharsets.UTF_8), true);
    }

    private static void run(List<String> commands) throws IOException, InterruptedException {
        run(commands, true);
    }

    /** Runs the commands on the pristine server's configuration and returns what jboss-cli printed. */
    private static String run(List<String> commands, boolean resolveParameters) throws IOException, InterruptedException {
        Path script = Files.createTempFile("sesame-cli", ".cli");
        StringBuilder text = new StringBuilder("embed-server --std-out=discard --server-config=standalone.xml\n");
        commands.forEach(line -> text.append(line).append('\n'));
        text.append("stop-embedded-server\n");
        Files.writeString(script, text);
        Path log = Files.createTempFile("sesame-cli", ".log");
        List<String> command = new java.util.ArrayList<>(List.of(SERVER.resolve("bin/jboss-cli.sh").toString(),
                "--file=" + script));
        if (resolveParameters) {
            command.addAll(List.of("--properties=" + SITE.toAbsolutePath(), "--resolve-parameter-values"));
        }
        Process cli = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertTrue(cli.waitFor(3, TimeUnit.MINUTES), "jboss-cli finished");
        assertEquals(0, cli.exitValue(), () -> "jboss-cli failed:\n" + read(log));
        return read(log);
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
