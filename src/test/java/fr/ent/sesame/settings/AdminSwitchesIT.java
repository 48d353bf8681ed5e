package fr.ent.sesame.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import fr.ent.sesame.testing.FacesForm;
import fr.ent.sesame.testing.Http;
import fr.ent.sesame.testing.Mailbox;
import fr.ent.sesame.testing.ServerSettings;
import fr.ent.sesame.testing.SesameDeployment;
import fr.ent.sesame.testing.TestDatabase;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Settings an admin changes on the running server take effect at the next request. */
@ExtendWith(ArquillianExtension.class)
class AdminSwitchesIT {

    @RegisterExtension
    static GreenMailExtension smtp = Mailbox.server();

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static WebArchive sesame() {
        return SesameDeployment.war();
    }

    @BeforeEach
    @AfterEach
    void clean() {
        TestDatabase.clearCounters();
        TestDatabase.clearOutbox();
    }

    @Test
    void questionProcedureSwitchedOff_disappearsFromAssistance_andItsPageSaysSo() throws Exception {
        try (AutoCloseable off = ServerSettings.override(management, "sesame.reset.question.enabled", "false")) {
            String assistance = new Http().get("/assistance/index.xhtml").body();
            assertFalse(assistance.contains("assistance/question.xhtml"), "no link to the closed procedure");
            assertTrue(assistance.contains("assistance/adresse.xhtml"), "the other one stays");

            HttpResponse<String> page = new Http().get("/assistance/question.xhtml");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("proposée en ce moment"), page.body());
            assertFalse(page.body().contains("question:answer"));
        }
        assertTrue(new Http().get("/assistance/index.xhtml").body().contains("assistance/question.xhtml"), "back on");
    }

    @Test
    void theInstitutionsColourAndLogo_areTheFramesAtTheNextPage_itsNameFirst() throws Exception {
        try (AutoCloseable colour = ServerSettings.override(management, "sesame.theme.colour", "#5B2C6F");
                AutoCloseable logo = ServerSettings.override(
                        management, "sesame.institution.logo-url", "https://www.example.org/logo.svg")) {
            String page = new Http().get("/assistance/index.xhtml").body();
            assertTrue(page.contains("--ent-colour: #5b2c6f; --ent-colour-dark: #442153;"), page);
            String header = page.substring(page.indexOf("<header"), page.indexOf("</header>"));
            assertTrue(
                    header.matches("(?s).*<img src=\"https://www.example.org/logo.svg\" alt=\"\" class=\"ent-logo\".*"),
                    "a logo beside the name is decorative: " + header);
            assertTrue(header.indexOf("ent-institution") < header.indexOf("ent-app"), "the institution first");
        }
        String page = new Http().get("/assistance/index.xhtml").body();
        assertTrue(page.contains("--ent-colour: #1f4e79;"), "back to the default");
        assertFalse(page.contains("ent-logo"), "no logo by default");
    }

    @Test
    void theAccessibilityStatement_listsTheGapsTheInstitutionsAuditFound() throws Exception {
        String none = new Http().get("/accessibilite.xhtml").body();
        assertTrue(none.contains("id=\"no-known-gap\""), none);
        try (AutoCloseable gaps = ServerSettings.override(
                management,
                "sesame.accessibility.gaps",
                "Critère 1.1 : le logo de la page d'accueil n'a pas d'alternative | Critère 3.2 : un lien du pied de page")) {
            String page = new Http().get("/accessibilite.xhtml").body();
            assertTrue(
                    page.contains(
                                    "<li>Critère 1.1 : le logo de la page d&#39;accueil n&#39;a pas d&#39;alternative</li>")
                            || page.contains(
                                    "<li>Critère 1.1 : le logo de la page d'accueil n'a pas d'alternative</li>"),
                    page);
            assertTrue(page.contains("<li>Critère 3.2 : un lien du pied de page</li>"), page);
            assertFalse(page.contains("no-known-gap"));
        }
    }

    @Test
    void quiSuisJe_byMail_sendsTheIdentifier_andThePageSaysTheSameEitherWay() throws Exception {
        try (AutoCloseable mail = ServerSettings.override(management, "sesame.recovery.delivery", "mail")) {
            long outbox = TestDatabase.outboxMark();
            HttpResponse<String> match = lookUp("Dupont", "Jeanne", "29/02/2004", "21805678");
            HttpResponse<String> miss = lookUp("Dupont", "Jeanne", "01/01/2000", "21805678");

            assertTrue(match.body().contains("id=\"mailed\""), match.body());
            assertTrue(miss.body().contains("id=\"mailed\""), miss.body());
            assertFalse(match.body().contains("jdupont"), "the identifier is not on the page");
            MimeMessage sent = Mailbox.awaitMail(smtp, 1);
            assertEquals("jeanne.dupont@example.org", sent.getAllRecipients()[0].toString());
            assertEquals("Votre identifiant ENT", sent.getSubject());
            assertTrue(GreenMailUtil.getBody(sent).contains("jdupont"));
            assertEquals(
                    java.util.List.of("jeanne.dupont@example.org identifier-recovery"),
                    TestDatabase.mailsWrittenSince(outbox),
                    "no mail for the miss");
        }
    }

    @Test
    void quiSuisJe_byMail_mailsOnePersonAtMostThreeTimesAnHour_whoeverAsks() throws Exception {
        try (AutoCloseable mail = ServerSettings.override(management, "sesame.recovery.delivery", "mail")) {
            String queuedBefore =
                    TestDatabase.text("select count(*) from mail_outbox where template = 'identifier-recovery'");
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> page = lookUp("Dupont", "Jeanne", "29/02/2004", "21805678");
                assertTrue(page.body().contains("id=\"mailed\""), "the page says the same every time: " + page.body());
            }
            assertEquals(
                    Integer.parseInt(queuedBefore) + 3,
                    Integer.parseInt(TestDatabase.text(
                            "select count(*) from mail_outbox where template = 'identifier-recovery'")),
                    "capped at sesame.recovery.mails-per-person-per-hour");
            Mailbox.awaitMail(smtp, 3);
        }
    }

    @Test
    void temporaryIdentifierPattern_excludesMatchingAccounts_fromSelfService() throws Exception {
        long outbox = TestDatabase.outboxMark();
        try (AutoCloseable rule =
                ServerSettings.override(management, "sesame.temporary.identifier-pattern", "jdup.*")) {
            Http http = new Http();
            HttpResponse<String> response = FacesForm.post(
                    http,
                    "/assistance/adresse.xhtml",
                    http.get("/assistance/adresse.xhtml").body(),
                    "email",
                    Map.of("identifier", "jdupont", "address", "jeanne.dupont@example.org"),
                    "submit");

            assertTrue(response.body().contains("Aucune adresse personnelle validée ne correspond"), response.body());
        }
        assertEquals(java.util.List.of(), TestDatabase.mailsWrittenSince(outbox), "no mail");
    }

    @Test
    void mailTemplates_canBeReplacedFromADirectoryOnTheServer() throws Exception {
        java.nio.file.Path directory = java.nio.file.Files.createTempDirectory("sesame-templates");
        java.nio.file.Files.createDirectories(directory.resolve("fr"));
        java.nio.file.Files.writeString(
                directory.resolve("fr/reset-link.txt.ftl"), "Modèle de l'établissement pour ${firstName} : ${link}\n");
        try (AutoCloseable templates =
                ServerSettings.override(management, "sesame.mail.templates-dir", directory.toString())) {
            Http http = new Http();
            FacesForm.post(
                    http,
                    "/assistance/adresse.xhtml",
                    http.get("/assistance/adresse.xhtml").body(),
                    "email",
                    Map.of("identifier", "jdupont", "address", "jeanne.dupont@example.org"),
                    "submit");

            MimeMessage mail = Mailbox.awaitMail(smtp, 1);
            String body = GreenMailUtil.getBody(mail);
            assertTrue(
                    body.contains("Mod=C3=A8le de l'=C3=A9tablissement pour Jeanne")
                            || body.contains("Modèle de l'établissement pour Jeanne"),
                    "the site's text part: " + body);
            assertTrue(
                    body.contains("Choisir un nouveau mot de passe"), "the built-in HTML part where the site has none");
        }
    }

    private static HttpResponse<String> lookUp(String lastName, String firstName, String birthDate, String number) {
        Http http = new Http();
        String page = http.get("/assistance/qui-suis-je.xhtml").body();
        return FacesForm.post(
                http,
                "/assistance/qui-suis-je.xhtml",
                page,
                "whoami",
                Map.of("lastName", lastName, "firstName", firstName, "birthDate", birthDate, "number", number),
                "submit");
    }

    /**
     * The same WAR, under another name and context root, deployed while the server has a setting Sésame
     * cannot use: the deployment fails, and its failure names the setting and the value.
     */
    @Test
    void aSettingSesameCannotUse_failsTheDeployment_namingTheSettingAndItsValue() throws Exception {
        java.nio.file.Path copy = java.nio.file.Files.createTempFile("sesame-settings-check", ".war");
        WebArchive war = SesameDeployment.war();
        war.delete("WEB-INF/jboss-web.xml");
        war.addAsWebInfResource(
                new org.jboss.shrinkwrap.api.asset.StringAsset(
                        "<jboss-web xmlns=\"urn:jboss:jakartaee:1.0\" version=\"15.0\"><context-root>/sesame-settings-check</context-root>"
                                + "<security-domain>sesame</security-domain></jboss-web>"),
                "jboss-web.xml");
        war.as(org.jboss.shrinkwrap.api.exporter.ZipExporter.class).exportTo(copy.toFile(), true);
        try (AutoCloseable banana = ServerSettings.override(management, "sesame.reset.link-lifetime", "banana");
                AutoCloseable negative = ServerSettings.override(management, "sesame.answer.min-length", "-3")) {
            org.jboss.dmr.ModelNode deploy = new org.jboss.dmr.ModelNode();
            deploy.get("operation").set("add");
            deploy.get("address").add("deployment", "sesame-settings-check.war");
            deploy.get("enabled").set(true);
            deploy.get("content").add().get("url").set(copy.toUri().toString());
            org.jboss.dmr.ModelNode result = management.getControllerClient().execute(deploy);

            assertEquals("failed", result.get("outcome").asString(), "the deployment must not start: " + result);
            String failure = result.get("failure-description").asString();
            assertTrue(
                    failure.contains("sesame.reset.link-lifetime is 'banana'; expected an ISO-8601 duration"), failure);
            assertTrue(
                    failure.contains("sesame.answer.min-length is '-3'; expected a whole number, 0 or more"), failure);
        } finally {
            org.jboss.dmr.ModelNode remove = new org.jboss.dmr.ModelNode();
            remove.get("operation").set("remove");
            remove.get("address").add("deployment", "sesame-settings-check.war");
            management.getControllerClient().execute(remove); // nothing to remove when the failed add was rolled back
            java.nio.file.Files.deleteIfExists(copy);
        }
        assertEquals(
                200, new Http().get("/assistance/index.xhtml").statusCode(), "the running application is untouched");
    }
}
