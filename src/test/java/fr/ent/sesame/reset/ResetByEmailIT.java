package fr.ent.sesame.reset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.ent.sesame.testing.BrowserSession;
import fr.ent.sesame.testing.DemoAccountGuard;
import fr.ent.sesame.testing.FacesForm;
import fr.ent.sesame.testing.Http;
import fr.ent.sesame.testing.Mailbox;
import fr.ent.sesame.testing.Metrics;
import fr.ent.sesame.testing.SesameDeployment;
import fr.ent.sesame.testing.TestDatabase;
import fr.ent.sesame.testing.pages.AccountPage;
import fr.ent.sesame.testing.pages.Keyboard;
import fr.ent.sesame.testing.pages.ResetPages;
import fr.ent.sesame.testing.pages.SignInPage;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/** Procédure 2 — adresse électronique personnelle, with a real SMTP server and browser. */
@ExtendWith(ArquillianExtension.class)
class ResetByEmailIT {

    private static final String NO_MATCH = "Aucune adresse personnelle validée ne correspond à cet identifiant. "
            + "Il est nécessaire de contacter le support : support@unistra.example.";

    @RegisterExtension
    static GreenMailExtension smtp = Mailbox.server();

    @RegisterExtension
    static BrowserSession browserSession = new BrowserSession();

    @RegisterExtension
    DemoAccountGuard jdupontGuard = new DemoAccountGuard("jdupont");

    private TestDatabase.AccountState jdupont;

    @Deployment(testable = false)
    static WebArchive sesame() {
        return SesameDeployment.war();
    }

    @BeforeEach
    void freshStart() {
        jdupont = jdupontGuard.saved();
    }

    /** The class's browser, opened at first use: a test that needs none runs without it. */
    private static WebDriver browser() {
        return browserSession.driver();
    }

    @Test
    void procedure2_mailFromSupport_linkWorksOnce_newPasswordSignsIn() throws Exception {
        ResetPages pages = ResetPages.openAssistance(browser());
        pages.chooseEmailProcedure();
        pages.askForLink("jdupont", "jeanne.dupont@example.org");
        assertTrue(pages.greenConfirmation().startsWith("C'est fait"), pages.greenConfirmation());

        MimeMessage mail = Mailbox.awaitMail(smtp, 1);
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertEquals("Support Informatique Unistra", from.getPersonal());
        assertEquals("Réinitialisation de son mot de passe", mail.getSubject());
        assertEquals("jeanne.dupont@example.org", mail.getAllRecipients()[0].toString());
        assertTrue(mail.getContentType().startsWith("multipart/alternative"), "a text and an HTML part");
        String link = Mailbox.resetLinkIn(mail);
        assertTrue(
                link.startsWith(SesameDeployment.baseUrl() + "/assistance/lien.xhtml?jeton="),
                "built from the configured public address: " + link);

        browser().get(link);
        pages.chooseNewPassword("linkpassword", "Glycine-Bleue-Horloge", "Glycine-Bleue-Horloge");
        assertTrue(pages.greenConfirmation().contains("Votre mot de passe a été modifié"));

        browser().get(link);
        assertTrue(pages.linkRefused(), "the link works once");

        SignInPage.open(browser()).signIn("jdupont", "Glycine-Bleue-Horloge");
        assertTrue(new AccountPage(browser()).isShown());
        assertEquals(
                "Votre mot de passe a été réinitialisé",
                Mailbox.awaitMail(smtp, 2).getSubject());
    }

    @Test
    void procedure2_withTheKeyboardAlone() throws Exception {
        browser().get(SesameDeployment.baseUrl() + "/assistance/index.xhtml");
        Keyboard keys = new Keyboard(browser());

        keys.tabTo("email").enter();
        keys.tabTo("email:identifier").type("jdupont");
        keys.tabTo("email:address").type("jeanne.dupont@example.org").enter();
        assertTrue(new ResetPages(browser()).greenConfirmation().startsWith("C'est fait"));

        browser().get(Mailbox.resetLinkIn(Mailbox.awaitMail(smtp, 1)));
        keys.tabTo("linkpassword:password").type("Glycine-Bleue-Horloge");
        keys.tabTo("linkpassword:confirmation").type("Glycine-Bleue-Horloge").enter();

        assertTrue(new ResetPages(browser()).greenConfirmation().contains("Votre mot de passe a été modifié"));
        assertNotEquals(jdupont.password(), TestDatabase.stateOf("jdupont").password(), "changed");
    }

    @Test
    void unvalidatedAddress_unknownIdentifier_wrongAddress_temporaryAccount_getTheSameContactSupportMessage() {
        long outbox = TestDatabase.outboxMark();
        List<String> answers = List.of(
                refusal("pmartin", "p.martin@example.net"),
                refusal("personne-inconnue", "jeanne.dupont@example.org"),
                refusal("jdupont", "jeanne.dupont@example.com"),
                refusal("clambert", "claire.lambert@example.org"),
                refusal("jdupont", "Jeanne Dupont <jeanne.dupont@example.org>"));

        answers.forEach(answer -> assertEquals(NO_MATCH, answer));
        assertEquals(List.of(), TestDatabase.mailsWrittenSince(outbox), "no mail for any of them");
    }

    @Test
    void openingTheLink_changesNothing() throws Exception {
        String link = askForLink();

        for (int i = 0; i < 3; i++) {
            HttpResponse<String> opened =
                    new Http().get(link.substring(SesameDeployment.baseUrl().length()));
            assertEquals(200, opened.statusCode());
            assertTrue(opened.body().contains("linkpassword:password"), "still usable after being opened");
        }
        assertEquals(jdupont.password(), TestDatabase.stateOf("jdupont").password());
    }

    @Test
    void aNewerLink_replacesTheOlderOne() throws Exception {
        String first = askForLink();
        String second = askForLink();

        assertFalse(new Http().get(path(first)).body().contains("linkpassword:password"), "the older link died");
        assertTrue(new Http().get(path(second)).body().contains("linkpassword:password"));
    }

    @Test
    void anExpiredLink_isRefused() throws Exception {
        String link = askForLink();
        TestDatabase.update(
                "update one_time_token set expires_at = expires_at - interval '1' hour where used_at is null");

        assertTrue(new Http().get(path(link)).body().contains("id=\"link-refused\""));
    }

    @Test
    void theSameLinkPostedTwiceAtOnce_succeedsOnce() throws Exception {
        String link = askForLink();
        Http first = new Http();
        Http second = new Http();
        String firstPage = first.get(path(link)).body();
        String secondPage = second.get(path(link)).body();
        Map<String, String> password =
                Map.of("password", "Glycine-Bleue-Horloge", "confirmation", "Glycine-Bleue-Horloge");
        CountDownLatch start = new CountDownLatch(1);
        long usedBefore = linksUsedByJdupont();
        Metrics before = Metrics.scrape();

        CompletableFuture<HttpResponse<String>> a = CompletableFuture.supplyAsync(() -> {
            await(start);
            return FacesForm.post(first, "/assistance/lien.xhtml", firstPage, "linkpassword", password, "submit");
        });
        CompletableFuture<HttpResponse<String>> b = CompletableFuture.supplyAsync(() -> {
            await(start);
            return FacesForm.post(second, "/assistance/lien.xhtml", secondPage, "linkpassword", password, "submit");
        });
        start.countDown();

        List<HttpResponse<String>> responses = List.of(a.get(), b.get());
        long succeeded = responses.stream().filter(r -> r.statusCode() == 302).count();
        long refused = responses.stream()
                .filter(r -> r.statusCode() == 200 && r.body().contains("id=\"link-refused\""))
                .count();
        assertEquals(1, succeeded);
        assertEquals(1, refused);
        assertEquals(usedBefore + 1, linksUsedByJdupont(), "one change, not two");
        assertEquals(
                1.0,
                ResetByQuestionIT.resets(Metrics.scrape(), "link") - ResetByQuestionIT.resets(before, "link"),
                "one reset by procedure 2 counted");
        if (!TestDatabase.directoryMode()) {
            assertEquals(
                    "1",
                    TestDatabase.text("select count(*) from password_history where account_id ="
                            + " (select id from account where identifier = 'jdupont')"),
                    "one password recorded");
        }
    }

    private static long linksUsedByJdupont() {
        return Long.parseLong(TestDatabase.text("select count(*) from audit_event where event_type = 'RESET_LINK_USED'"
                + " and account_id = (select id from account where identifier = 'jdupont')"));
    }

    private String askForLink() {
        int before = smtp.getReceivedMessages().length;
        HttpResponse<String> asked = ResetByQuestionIT.post(
                "/assistance/adresse.xhtml",
                "email",
                Map.of("identifier", "jdupont", "address", "jeanne.dupont@example.org"),
                new Http());
        assertTrue(asked.body().contains("un message vient de partir"), asked.body());
        return Mailbox.resetLinkIn(Mailbox.awaitMail(smtp, before + 1));
    }

    private static String path(String link) {
        return link.substring(SesameDeployment.baseUrl().length());
    }

    private static String refusal(String identifier, String address) {
        HttpResponse<String> response = ResetByQuestionIT.post(
                "/assistance/adresse.xhtml", "email", Map.of("identifier", identifier, "address", address), new Http());
        assertEquals(200, response.statusCode());
        return FacesForm.firstError(response);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
