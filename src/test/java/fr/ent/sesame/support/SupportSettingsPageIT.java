package fr.ent.sesame.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The settings in effect, read-only, for the support desk: only the roles support and support-readonly IT
 * gives by identifier reach it, and no password or secret is ever shown.
 */
@ExtendWith(ArquillianExtension.class)
class SupportSettingsPageIT {

    private static final String PAGE = "/support/reglages.xhtml";
    private static final String SECRET = "Ne-Jamais-Afficher-42";

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static WebArchive sesame() {
        return SesameDeployment.war();
    }

    @BeforeEach
    void noLocks() {
        TestDatabase.clearCounters();
    }

    @Test
    void anAnonymousVisitor_isSentToSignIn() {
        HttpResponse<String> page = new Http().get(PAGE);
        assertEquals(302, page.statusCode());
        assertTrue(
                page.headers().firstValue("Location").orElse("").contains("/connexion.xhtml"),
                page.headers().toString());
    }

    @Test
    void aMemberWithoutASupportRole_isForbidden_andSeesNoSupportLink() {
        Http member = signedIn("jdupont", "Tilleul-Ecorce-42");

        HttpResponse<String> page = member.get(PAGE);

        assertEquals(403, page.statusCode());
        assertFalse(page.body().contains("sesame.institution.name"), "nothing of the settings");
        assertFalse(member.get("/mon-compte/index.xhtml").body().contains("id=\"support-settings\""));
    }

    @Test
    void aReadonlyAgent_seesEverySetting_withWhereItComesFrom_secretsMasked() throws Exception {
        try (AutoCloseable agent =
                        ServerSettings.override(management, "sesame.support.readonly-agents", "pmartin, JDUPONT");
                AutoCloseable secret = ServerSettings.override(management, "sesame.it.relay-password", SECRET);
                AutoCloseable url = ServerSettings.override(
                        management, "sesame.it.url", "jdbc:postgresql://db/x?user=a&password=" + SECRET)) {
            Http agentSession = signedIn("jdupont", "Tilleul-Ecorce-42");

            assertTrue(
                    agentSession.get("/mon-compte/index.xhtml").body().contains("id=\"support-settings\""),
                    "Mon compte links it");
            HttpResponse<String> page = agentSession.get(PAGE);

            assertEquals(200, page.statusCode(), page.body());
            String body = page.body();
            assertTrue(body.contains("Réglages en vigueur"), body);
            assertTrue(
                    row(body, "sesame.institution.name").contains("Université de Strasbourg"),
                    row(body, "sesame.institution.name"));
            assertTrue(
                    row(body, "sesame.reset.link-lifetime").contains("PT30M")
                            && row(body, "sesame.reset.link-lifetime").contains("valeur par défaut de Sésame"),
                    row(body, "sesame.reset.link-lifetime"));
            assertTrue(
                    row(body, "sesame.support.readonly-agents").contains("propriété système"),
                    row(body, "sesame.support.readonly-agents"));
            assertTrue(row(body, "sesame.it.relay-password").contains("****"), row(body, "sesame.it.relay-password"));
            assertTrue(row(body, "sesame.it.url").contains("****"), "a value carrying a password is masked whole");
            assertFalse(body.contains(SECRET), "no secret on the page");
        }
    }

    private static Http signedIn(String identifier, String password) {
        Http person = new Http();
        assertEquals(302, FacesForm.signIn(person, identifier, password).statusCode());
        return person;
    }

    /** The table row of one setting, as HTML. */
    private static String row(String body, String name) {
        int at = body.indexOf("<code>" + name + "</code>");
        assertTrue(at >= 0, name + " listed in\n" + body);
        return body.substring(at, body.indexOf("</tr>", at));
    }
}
