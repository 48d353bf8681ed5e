package fr.ent.sesame.testing;

import com.unboundid.ldap.sdk.Control;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.ModifyRequest;
import com.unboundid.ldap.sdk.ResultCode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The test directory (src/test/ldap/slapd.sh) seen from a test: binds as a person prove what the
 * directory really holds; the rootDN puts an entry back as it was (it bypasses the password policy).
 */
public final class Slapd {

    public static final String PEOPLE = "ou=people,dc=univ-test,dc=fr";
    private static final String ROOT = "cn=admin,dc=univ-test,dc=fr";
    private static final String ROOT_PASSWORD = "admin-test-only";
    /**
     * OpenLDAP's Relax Rules control: ppolicy's operational attributes (pwdHistory, pwdFailureTime,
     * pwdAccountLockedTime) are "no user modification", even for the rootDN, without it.
     */
    private static final Control RELAX = new Control("1.3.6.1.4.1.4203.666.5.12", true);

    private Slapd() {}

    public static String dnOf(String identifier) {
        return "uid=" + identifier + "," + PEOPLE;
    }

    /** Whether slapd accepts a bind as this person with this password (result code, for the message). */
    public static ResultCode bind(String identifier, String password) {
        try (LDAPConnection connection = connect()) {
            return connection.bind(dnOf(identifier), password).getResultCode();
        } catch (LDAPException e) {
            return e.getResultCode();
        }
    }

    public static boolean canBind(String identifier, String password) {
        return bind(identifier, password) == ResultCode.SUCCESS;
    }

    /**
     * Who OpenLDAP's own client, {@code ldapwhoami}, says a simple bind with this password is ("dn:uid=…"),
     * or what it printed when the bind failed: a check that does not go through the SDK Sésame uses.
     */
    public static String whoami(String identifier, String password) {
        try {
            Process process = new ProcessBuilder(
                            "ldapwhoami", "-x", "-H", url(), "-D", dnOf(identifier), "-w", password)
                    .redirectErrorStream(true)
                    .start();
            String said =
                    new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("ldapwhoami did not answer");
            }
            return said;
        } catch (IOException e) {
            throw new AssertionError("ldapwhoami (Debian package ldap-utils): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * Puts a password back as the rootDN would, and clears failures, locks and history. The value is written
     * only when it differs: ppolicy records the replaced value in pwdHistory even for the rootDN, and the
     * same value twice in one second is refused as a duplicate.
     */
    public static void restore(String identifier, String password) {
        try (LDAPConnection connection = connect()) {
            connection.bind(ROOT, ROOT_PASSWORD);
            String now = connection.getEntry(dnOf(identifier), "userPassword").getAttributeValue("userPassword");
            clear(connection, identifier, "pwdHistory");
            if (!java.util.Objects.equals(now, password)) {
                connection.modify(
                        dnOf(identifier),
                        password == null
                                ? new Modification(ModificationType.DELETE, "userPassword")
                                : new Modification(ModificationType.REPLACE, "userPassword", password));
            }
            for (String attribute : new String[] {"pwdAccountLockedTime", "pwdFailureTime", "pwdHistory"}) {
                clear(connection, identifier, attribute);
            }
        } catch (LDAPException e) {
            throw new AssertionError("could not restore " + identifier + " in slapd: " + e.getMessage(), e);
        }
    }

    private static void clear(LDAPConnection connection, String identifier, String attribute) throws LDAPException {
        try {
            connection.modify(relaxed(identifier, new Modification(ModificationType.DELETE, attribute)));
        } catch (LDAPException e) {
            if (e.getResultCode() != ResultCode.NO_SUCH_ATTRIBUTE) {
                throw e;
            }
        }
    }

    /** Changes a person's entry as the university's provisioning would (as the rootDN). */
    public static void modify(String identifier, Modification... changes) {
        try (LDAPConnection connection = connect()) {
            connection.bind(ROOT, ROOT_PASSWORD);
            connection.modify(relaxed(identifier, changes));
        } catch (LDAPException e) {
            throw new AssertionError("could not change " + identifier + " in slapd: " + e.getMessage(), e);
        }
    }

    /** Removes an attribute from a person's entry (as the rootDN); nothing when it is absent. */
    public static void forget(String identifier, String attribute) {
        try (LDAPConnection connection = connect()) {
            connection.bind(ROOT, ROOT_PASSWORD);
            connection.modify(relaxed(identifier, new Modification(ModificationType.DELETE, attribute)));
        } catch (LDAPException e) {
            if (e.getResultCode() != ResultCode.NO_SUCH_ATTRIBUTE) {
                throw new AssertionError(
                        "could not clear " + attribute + " of " + identifier + ": " + e.getMessage(), e);
            }
        }
    }

    /** An attribute of a person's entry as the directory holds it (read as the rootDN), null when absent. */
    public static String attribute(String identifier, String attribute) {
        try (LDAPConnection connection = connect()) {
            connection.bind(ROOT, ROOT_PASSWORD);
            return connection.getEntry(dnOf(identifier), attribute).getAttributeValue(attribute);
        } catch (LDAPException e) {
            throw new AssertionError("could not read " + identifier + " in slapd: " + e.getMessage(), e);
        }
    }

    /** Wrong binds until the directory's own policy locks the entry. */
    public static void lockByFailures(String identifier) {
        for (int i = 0; i < 25; i++) {
            bind(identifier, "wrong-" + i);
        }
    }

    /** Stops the test directory (its data kept): an outage. */
    public static void pause() {
        script("pause");
    }

    public static void resume() {
        script("resume");
    }

    private static ModifyRequest relaxed(String identifier, Modification... changes) {
        ModifyRequest request = new ModifyRequest(dnOf(identifier), changes);
        request.addControl(RELAX);
        return request;
    }

    private static LDAPConnection connect() throws LDAPException {
        LDAPURL url = new LDAPURL(url());
        return new LDAPConnection(url.getHost(), url.getPort());
    }

    private static String url() {
        return System.getProperty("sesame.it.ldapUrl", "ldap://127.0.0.1:3389/");
    }

    private static void script(String command) {
        try {
            Process process = new ProcessBuilder(
                            Path.of("src/test/ldap/slapd.sh").toAbsolutePath().toString(), command)
                    .redirectErrorStream(true)
                    .start();
            process.getInputStream().transferTo(System.out);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("slapd.sh " + command + " failed");
            }
        } catch (IOException e) {
            throw new AssertionError("slapd.sh " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
