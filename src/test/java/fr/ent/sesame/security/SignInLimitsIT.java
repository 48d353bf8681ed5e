package fr.ent.sesame.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ent.sesame.testing.DemoAccountGuard;
import fr.ent.sesame.testing.FacesForm;
import fr.ent.sesame.testing.Http;
import fr.ent.sesame.testing.ServerSettings;
import fr.ent.sesame.testing.SesameDeployment;
import fr.ent.sesame.testing.TestDatabase;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Guessing passwords at the sign-in form: failures are counted per identifier, per client address and per
 * browser before any hash, and a lock says the same for every identifier, changes no password and leaves
 * the reset procedures open.
 */
@ExtendWith(ArquillianExtension.class)
class SignInLimitsIT {

    private static final String LOCKED = "Trop de tentatives de connexion incorrectes";
    private static final String WRONG = "Identifiant ou mot de passe incorrect.";

    @RegisterExtension
    DemoAccountGuard jdupont = new DemoAccountGuard("jdupont");

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static WebArchive sesame() {
        return SesameDeployment.war();
    }

    @Test
    void tenWrongPasswords_lockTheIdentifier_evenForTheRightOne_butNeitherThePasswordNorTheResetProcedures() {
        // Each attempt from a fresh browser: only the identifier's counter can stop them.
        for (int i = 0; i < 10; i++) {
            assertEquals(WRONG, errorOf(FacesForm.signIn(new Http(), "jdupont", "Tilleul-Ecorce-" + i)));
        }
        String locked = errorOf(FacesForm.signIn(new Http(), "jdupont", "Tilleul-Ecorce-42"));
        assertTrue(locked.startsWith(LOCKED), "the right password waits too: " + locked);
        assertEquals(
                jdupont.saved().password(),
                TestDatabase.stateOf("jdupont").password(),
                "a lock never changes the password");

        HttpResponse<String> answered =
                FacesForm.answerQuestion(new Http(), "jdupont", "childhood-street", "Rue du Vieux-Marché-aux-Vins");
        assertEquals(302, answered.statusCode(), "the question procedure stays open: " + answered.body());

        // The lock's end passes (aged rather than waited for); the right password then signs in and
        // clears the identifier's counter.
        TestDatabase.update("update throttle_counter set locked_until = locked_until - interval '1' hour");
        HttpResponse<String> signedIn = FacesForm.signIn(new Http(), "jdupont", "Tilleul-Ecorce-42");
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        assertEquals("0", TestDatabase.text("select failures from throttle_counter where scope = 'sign-in-account'"));
    }

    @Test
    void anUnknownIdentifier_isLockedInTheVerySameWords() {
        for (int i = 0; i < 10; i++) {
            assertEquals(WRONG, errorOf(FacesForm.signIn(new Http(), "personne-inconnue", "Tilleul-Ecorce-" + i)));
        }
        String known = errorOf(lockedAfterTenFailures("jdupont"));
        String unknown = errorOf(FacesForm.signIn(new Http(), "personne-inconnue", "Tilleul-Ecorce-42"));
        assertEquals(known, unknown);
    }

    @Test
    void oneBrowserTryingManyIdentifiers_isLocked() {
        Http browser = new Http();
        for (int i = 0; i < 10; i++) {
            assertEquals(WRONG, errorOf(FacesForm.signIn(browser, "personne" + i, "Tilleul-Ecorce-42")));
        }
        assertTrue(errorOf(FacesForm.signIn(browser, "jdupont", "Tilleul-Ecorce-42"))
                .startsWith(LOCKED));
        assertEquals(
                302,
                FacesForm.signIn(new Http(), "jdupont", "Tilleul-Ecorce-42").statusCode(),
                "another browser at the same address, under the address's own limit, still signs in");
    }

    @Test
    void oneAddressTryingManyIdentifiersFromManyBrowsers_isLocked() throws Exception {
        try (AutoCloseable lower = ServerSettings.override(management, "sesame.signin.max-failures-client", "6")) {
            for (int i = 0; i < 6; i++) {
                assertEquals(WRONG, errorOf(FacesForm.signIn(new Http(), "personne" + i, "Tilleul-Ecorce-42")));
            }
            assertTrue(errorOf(FacesForm.signIn(new Http(), "jdupont", "Tilleul-Ecorce-42"))
                    .startsWith(LOCKED));
        }
    }

    private static HttpResponse<String> lockedAfterTenFailures(String identifier) {
        for (int i = 0; i < 10; i++) {
            FacesForm.signIn(new Http(), identifier, "Tilleul-Ecorce-" + i);
        }
        return FacesForm.signIn(new Http(), identifier, "Tilleul-Ecorce-42");
    }

    private static String errorOf(HttpResponse<String> response) {
        return FacesForm.firstError(response);
    }
}
