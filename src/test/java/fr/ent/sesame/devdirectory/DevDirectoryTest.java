package fr.ent.sesame.devdirectory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResultEntry;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The ldap run command's directory holds the demo people, with the SupAnn schema, and answers binds. */
class DevDirectoryTest {

    @Test
    void theDemoPeople_bindWithTheReadmePasswords_andEbernardHasNoneYet() throws Exception {
        DevDirectory directory = new DevDirectory(10989, Path.of("src/test/ldap"));
        directory.start();
        try (LDAPConnection connection = new LDAPConnection("127.0.0.1", 10989)) {
            assertEquals(
                    ResultCode.SUCCESS,
                    connection
                            .bind("uid=jdupont,ou=people,dc=univ-test,dc=fr", "Tilleul-Ecorce-42")
                            .getResultCode());
            connection.bind("cn=sesame,ou=services,dc=univ-test,dc=fr", "sesame-service-test-only");
            SearchResultEntry ebernard = connection.getEntry(
                    "uid=ebernard,ou=people,dc=univ-test,dc=fr",
                    "supannEtuId",
                    "schacDateOfBirth",
                    "entryUUID",
                    "userPassword");
            assertEquals("22104567", ebernard.getAttributeValue("supannEtuId"));
            assertEquals("20060517", ebernard.getAttributeValue("schacDateOfBirth"));
            assertNotNull(ebernard.getAttributeValue("entryUUID"), "the stable id Sésame keys its rows by");
            assertEquals(null, ebernard.getAttributeValue("userPassword"), "not activated");
            LDAPException wrong = org.junit.jupiter.api.Assertions.assertThrows(
                    LDAPException.class,
                    () -> connection.bind("uid=jdupont,ou=people,dc=univ-test,dc=fr", "pas-le-bon"));
            assertEquals(ResultCode.INVALID_CREDENTIALS, wrong.getResultCode());
        } finally {
            directory.stop();
        }
    }
}
