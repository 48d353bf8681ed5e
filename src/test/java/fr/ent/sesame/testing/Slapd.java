package fr.ent.sesame.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.ResultCode;

/**
 * The test directory (src/test/ldap/slapd.sh) seen from a test: binds as a person prove what the
 * directory really holds; the rootDN puts an entry back as it was (it bypasses the password policy).
 */
public final class Slapd {

    public static final String PEOPLE = "ou=people,dc=univ-test,dc=fr";
    private static final String ROOT = "cn=admin,dc=univ-test,dc=fr";
    private static final String ROOT_PASSWORD = "admin-test-only";

    private Slapd() {
    }

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

    /** Puts a password back as the rootDN would, and clears failures and locks. */
    public static void restore(String identifier, String password) {
        try (LDAPConnection connection = connect()) {
            connection.bind(ROOT, ROOT_PASSWORD);
            connection.modify(dnOf(identifier), password == null
                    ? new Modification(ModificationType.DELETE, "userPassword")
                    : new Modification(ModificationType.REPLACE, "userPassword", password));
            for (String attribute : new String[] {"pwdAccountLockedTime", "pwdFailureTime", "pwdHistory"}) {
                try {
                    connection.modify(dnOf(identifier), new Modification(ModificationType.DELETE, attribute));
                } catch (LDAPException absent) {
                    // nothing to clear
                }
            }
        } catch (LDAPException e) {
            if (!(password == null && e.getResultCode() == ResultCode.NO_SUCH_ATTRIBUTE)) {
                throw new AssertionError("could not restore " + identifier + " in slapd: " + e.getMessage(), e);
            }
        }
    }

    /** Removes an attribute from a person's entry (as the rootDN); nothing when it is absent. */
    public static void forget(String identifier, String attribute) {
        try (LDAPConnection connection = connect()) {
            connection.bind(ROOT, ROOT_PASSWORD);
            connection.modify(dnOf(identifier), new Modification(ModificationType.DELETE, attribute));
        } catch (LDAPException e) {
            if (e.getResultCode() != ResultCode.NO_SUCH_ATTRIBUTE) {
                throw new AssertionError("could not clear " + attribute + " of " + identifier + ": " + e.getMessage(), e);
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

    private static LDAPConnection connect() throws LDAPException {
        LDAPURL url = new LDAPURL(System.getProperty("sesame.it.ldapUrl", "ldap://127.0.0.1:3389/"));
        return new LDAPConnection(url.getHost(), url.getPort());
    }

    private static void script(String command) {
        try {
            Process process = new ProcessBuilder(Path.of("src/test/ldap/slapd.sh").toAbsolutePath().toString(), command)
                    .redirectErrorStream(true).start();
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
