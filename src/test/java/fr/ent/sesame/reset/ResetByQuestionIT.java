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
import fr.ent.sesame.testing.ServerLog;
import fr.ent.sesame.testing.SesameDeployment;
import fr.ent.sesame.testing.TestDatabase;
import fr.ent.sesame.testing.pages.AccountPage;
import fr.ent.sesame.testing.pages.EntPage;
import fr.ent.sesame.testing.pages.Keyboard;
import fr.ent.sesame.testing.pages.ResetPages;
import fr.ent.sesame.testing.pages.SignInPage;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Procédure 1 — question de sécurité, as the seed describes it, on the provisioned WildFly. */
@ExtendWith(ArquillianExtension.class)
class ResetByQuestionIT {

    private static final String STREET = "Dans quelle rue avez-vous grandi ?";
    private static final String WRONG = "Identifiant, question ou réponse incorrects.";

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
    void procedure1_exactAnswer_newPassword_greenConfirmation_oldPasswordRefused() throws Exception {
        ResetPages pages = ResetPages.openAssistance(browser());
        pages.chooseQuestionProcedure();
        pages.answer("jdupont", STREET, "Rue du Vieux-Marché-aux-Vins");

        assertTrue(pages.showsNewPasswordForm("newpassword"), "a correct answer opens the new-password step");
        pages.chooseNewPassword("newpassword", "Glycine-Bleue-Horloge", "Glycine-Bleue-Horloge");

        assertEquals("Mot de passe modifié", pages.heading());
        assertTrue(pages.greenConfirmation().contains("Votre mot de passe a été modifié"));
        assertEquals(302, new Http().get("/mon-compte/index.xhtml").statusCode(), "no automatic sign-in after a reset");

        SignInPage.open(browser()).signIn("jdupont", "Tilleul-Ecorce-42");
        assertTrue(new SignInPage(browser()).isShown(), "the old password no longer signs in");
        SignInPage.open(browser()).signIn("jdupont", "Glycine-Bleue-Horloge");
        assertTrue(new AccountPage(browser()).isShown(), "the new one does");

        MimeMessage notice = Mailbox.awaitMail(smtp, 1);
        assertEquals("jeanne.dupont@example.org", notice.getAllRecipients()[0].toString());
        assertEquals("Votre mot de passe a été réinitialisé", notice.getSubject());
        String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(notice);
        assertFalse(body.contains("Glycine-Bleue-Horloge"), "no password in mails");
    }

    @Test
    void procedure1_withTheKeyboardAlone() {
        browser().get(SesameDeployment.baseUrl() + "/assistance/index.xhtml");
        Keyboard keys = new Keyboard(browser());

        keys.tabTo("question").enter();
        assertEquals(
                "Les champs suivis d'un astérisque (*) sont obligatoires.",
                browser().findElement(By.className("required-legend")).getText(),
                "the « * » of the labels is explained");
        keys.tabTo("question:identifier").type("jdupont");
        // Tab enters the group on its first radio; Space picks it, the arrows would move to another.
        keys.tabTo("question:questionId:0").space();
        assertEquals("childhood-street", keys.focused().getAttribute("value"));
        assertTrue(keys.focused().isSelected(), "Space picks the question");
        keys.tabTo("question:answer").type("Rue du Vieux-Marché-aux-Vins").enter();
        keys.tabTo("newpassword:password").type("Glycine-Bleue-Horloge");
        keys.tabTo("newpassword:confirmation").type("Glycine-Bleue-Horloge").enter();

        assertEquals("Mot de passe modifié", keys.heading());
        assertNotEquals(jdupont.password(), TestDatabase.stateOf("jdupont").password(), "changed");
    }

    @Test
    void afterAReset_theAccountsOtherSessionsEnd() {
        SignInPage.open(browser()).signIn("jdupont", "Tilleul-Ecorce-42");
        AccountPage.open(browser());
        assertTrue(new AccountPage(browser()).isShown());

        Http elsewhere = new Http();
        Metrics before = Metrics.scrape();
        HttpResponse<String> answered =
                FacesForm.answerQuestion(elsewhere, "jdupont", "childhood-street", "Rue du Vieux-Marché-aux-Vins");
        assertEquals(302, answered.statusCode());
        HttpResponse<String> changed = post(
                "/assistance/nouveau-mot-de-passe.xhtml",
                "newpassword",
                Map.of("password", "Glycine-Bleue-Horloge", "confirmation", "Glycine-Bleue-Horloge"),
                elsewhere);
        assertEquals(302, changed.statusCode(), changed.body());
        assertEquals(1.0, resets(Metrics.scrape(), "question") - resets(before, "question"), "counted as procedure 1");

        AccountPage.open(browser());
        assertFalse(new AccountPage(browser()).isShown(), "the session signed in before the reset is over");
        assertTrue(new SignInPage(browser()).isShown(), browser().getCurrentUrl());
        assertTrue(
                browser().getPageSource().contains("Votre session a pris fin"),
                browser().getCurrentUrl());
    }

    static double resets(Metrics metrics, String procedure) {
        return metrics.value(
                "sesame_password_resets_total{WF_DEPLOYMENT=\"sesame.war\",procedure=\"" + procedure + "\"}");
    }

    @Test
    void procedure1_answerWithoutHyphens_isWrong() {
        ResetPages pages = ResetPages.openAssistance(browser());
        pages.chooseQuestionProcedure();
        pages.answer("jdupont", STREET, "Rue du Vieux Marché aux Vins");

        assertFalse(pages.showsNewPasswordForm("newpassword"));
        assertTrue(pages.messages().get(0).startsWith(WRONG), pages.messages().toString());

        // RGAA 11.10: the error summary has the focus; its entry links to the answer, which is marked invalid,
        // described by the entry, and still holds what was typed; the advice is a list, one case per line.
        assertEquals("question:messages", pages.focusedId());
        EntPage.SummaryEntry entry = pages.assertFieldInError("question:answer");
        assertEquals(WRONG, entry.text());
        assertEquals(3, entry.hints().size(), entry.hints().toString());
        assertTrue(entry.hints().get(2).contains("support@"), entry.hints().toString());
        pages.assertFieldNotInError("question:identifier");
        pages.followSummaryLinkTo("question:answer");
        assertEquals("question:answer", pages.focusedId());
        assertEquals(
                "Rue du Vieux Marché aux Vins",
                browser().findElement(By.id("question:answer")).getAttribute("value"));
    }

    @Test
    void procedure1_withoutAQuestion_theGroupIsDescribedByItsMessage_andItsLinkLeadsToTheFirstRadio() {
        browser().get(SesameDeployment.baseUrl() + "/assistance/question.xhtml");
        Keyboard keys = new Keyboard(browser());
        keys.tabTo("question:identifier").type("jdupont");
        keys.tabTo("question:answer").type("Rue du Vieux-Marché-aux-Vins").enter();

        EntPage.SummaryEntry entry = keys.errorSummary().get(0);
        assertEquals("Votre question de sécurité : ce champ est obligatoire.", entry.text());
        assertEquals("question:questionId", entry.field());
        assertEquals(
                entry.id(),
                browser().findElement(By.id("question:question-group")).getAttribute("aria-describedby"),
                "the fieldset around the radios is described by the message");
        keys.followSummaryLinkTo("question:questionId");
        assertEquals("question:questionId:0", keys.focusedId());
    }

    @Test
    void procedure1_newPasswordBreakingARule_isRefusedWithTheRuleNamed_andTheOldOneStays() {
        ResetPages pages = ResetPages.openAssistance(browser());
        pages.chooseQuestionProcedure();
        pages.answer("jdupont", STREET, "Rue du Vieux-Marché-aux-Vins");

        pages.chooseNewPassword("newpassword", "jeanne-dupont-2026", "jeanne-dupont-2026");
        assertEquals(List.of("Le mot de passe ne doit pas contenir votre nom ni votre prénom."), pages.messages());
        pages.assertFieldInError("newpassword:password");
        pages.chooseNewPassword("newpassword", "Glycine-Bleue-Horloge", "Glycine-Bleue-Horlog");
        assertEquals(List.of("La confirmation ne correspond pas au nouveau mot de passe."), pages.messages());
        pages.assertFieldInError("newpassword:confirmation");
        pages.assertFieldNotInError("newpassword:password");

        assertEquals(jdupont.password(), TestDatabase.stateOf("jdupont").password(), "nothing stored");
    }

    @Test
    void unknownIdentifier_temporaryAccount_accountWithoutQuestion_allGetTheSameAnswer() {
        List<String> answers = List.of(
                refusal("personne-inconnue", "childhood-street", "Rue du Vieux-Marché-aux-Vins"),
                refusal("clambert", "childhood-street", "Rue du Vieux-Marché-aux-Vins"),
                refusal("pmartin", "childhood-street", "Rue du Vieux-Marché-aux-Vins"),
                refusal("jdupont", "first-pet", "Rue du Vieux-Marché-aux-Vins"),
                refusal("jdupont", "childhood-street", "rue du vieux-marché-aux-vins"));

        assertEquals(5, answers.size());
        answers.forEach(answer -> assertEquals(answers.get(0), answer));
        assertTrue(answers.get(0).startsWith(WRONG), answers.get(0));
    }

    @Test
    void fiveWrongAnswers_lockTheQuestionProcedure_untilTheClockMoves_butNotTheEmailProcedure() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertTrue(refusal("jdupont", "childhood-street", "Rue du Vieux-Marche-aux-Vins " + i)
                    .startsWith(WRONG));
        }
        String locked = refusal("jdupont", "childhood-street", "Rue du Vieux-Marché-aux-Vins");
        assertTrue(locked.startsWith("Trop de réponses incorrectes"), "even the right answer waits: " + locked);
        String lockedPage = FacesForm.answerQuestion(new Http(), "jdupont", "childhood-street", "pas la bonne rue")
                .body();
        assertTrue(
                lockedPage.contains("id=\"question:other-procedure\"")
                        && lockedPage.contains("/assistance/adresse.xhtml"),
                "the lock offers the other procedure by a link");
        assertEquals(
                jdupont.password(), TestDatabase.stateOf("jdupont").password(), "a lock never changes the password");

        HttpResponse<String> email = post(
                "/assistance/adresse.xhtml",
                "email",
                Map.of("identifier", "jdupont", "address", "jeanne.dupont@example.org"),
                new Http());
        assertTrue(email.body().contains("un message vient de partir"), "the e-mail procedure stays open");
        assertEquals(
                "Réinitialisation de son mot de passe",
                Mailbox.awaitMail(smtp, 1).getSubject());

        // The lock's end passes (the clock moves: the lock is aged rather than waited for).
        TestDatabase.update("update throttle_counter set locked_until = locked_until - interval '1' hour");
        HttpResponse<String> after =
                FacesForm.answerQuestion(new Http(), "jdupont", "childhood-street", "Rue du Vieux-Marché-aux-Vins");
        assertEquals(302, after.statusCode(), after.body());
        assertTrue(after.headers()
                .firstValue("Location")
                .orElseThrow()
                .endsWith("/assistance/nouveau-mot-de-passe.xhtml"));
    }

    @Test
    void wrongAnswersAtTheSameInstant_areBothAnsweredCalmly_andBothCounted() throws Exception {
        long log = ServerLog.mark();
        List<Http> clients = List.of(new Http(), new Http(), new Http());
        List<String> pages = clients.stream()
                .map(c -> c.get("/assistance/question.xhtml").body())
                .toList();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            Http client = clients.get(i);
            String page = pages.get(i);
            answers.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return FacesForm.post(
                        client,
                        "/assistance/question.xhtml",
                        page,
                        "question",
                        Map.of("identifier", "jdupont", "questionId", "childhood-street", "answer", "pas la rue"),
                        "submit");
            }));
        }
        start.countDown();

        for (java.util.concurrent.CompletableFuture<HttpResponse<String>> answer : answers) {
            assertEquals(200, answer.get().statusCode());
            assertTrue(FacesForm.firstError(answer.get()).startsWith(WRONG));
        }
        assertEquals("3", TestDatabase.text("select failures from throttle_counter where scope = 'answer-account'"));
        assertEquals(List.of(), ServerLog.errorsSince(log), "the race for the first counter row is no error");
    }

    @Test
    void newPasswordStep_isNotOpenWithoutACorrectAnswerInThisSession() {
        HttpResponse<String> page = new Http().get("/assistance/nouveau-mot-de-passe.xhtml");

        assertEquals(200, page.statusCode());
        assertFalse(page.body().contains("newpassword:password"), "no form without a correct answer");
        assertTrue(page.body().contains("Cette étape n&#39;est plus ouverte")
                || page.body().contains("Cette étape n'est plus ouverte"));
    }

    @Test
    void aSessionIdPlantedBeforeTheRightAnswer_opensNothing() {
        Http planter = new Http();
        refusalIn(planter, "jdupont", "childhood-street", "pas la rue"); // the planter now has a session
        String planted = planter.cookie("JSESSIONID").orElseThrow();
        Http victim = Http.holdingSession(planted);

        HttpResponse<String> answered =
                FacesForm.answerQuestion(victim, "jdupont", "childhood-street", "Rue du Vieux-Marché-aux-Vins");

        assertEquals(302, answered.statusCode(), answered.body());
        String renewed = answered.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the right answer gives the session a new id"));
        assertNotEquals(planted, renewed);
        assertTrue(
                Http.holdingSession(renewed)
                        .get("/assistance/nouveau-mot-de-passe.xhtml")
                        .body()
                        .contains("newpassword:password"),
                "the person who answered goes on");
        assertFalse(
                planter.get("/assistance/nouveau-mot-de-passe.xhtml").body().contains("newpassword:password"),
                "the planted id opens no new-password form");
    }

    private static String refusalIn(Http http, String identifier, String questionId, String answer) {
        HttpResponse<String> response = FacesForm.answerQuestion(http, identifier, questionId, answer);
        assertEquals(200, response.statusCode());
        return FacesForm.firstError(response);
    }

    private static String refusal(String identifier, String questionId, String answer) {
        return refusalIn(new Http(), identifier, questionId, answer);
    }

    static HttpResponse<String> post(String path, String form, Map<String, String> fields, Http http) {
        return FacesForm.submit(http, path, form, fields);
    }
}
