package fr.ent.sesame.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import fr.ent.sesame.testing.BrowserSession;
import fr.ent.sesame.testing.DemoAccountGuard;
import fr.ent.sesame.testing.FacesForm;
import fr.ent.sesame.testing.Http;
import fr.ent.sesame.testing.Mailbox;
import fr.ent.sesame.testing.SesameDeployment;
import fr.ent.sesame.testing.TestDatabase;
import fr.ent.sesame.testing.pages.AccountForms;
import fr.ent.sesame.testing.pages.AccountPage;
import fr.ent.sesame.testing.pages.SignInPage;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Mon dossier › Mon compte: the changes a signed-in person makes, on the provisioned WildFly. */
@ExtendWith(ArquillianExtension.class)
class MonCompteIT {

    private static final Pattern VALIDATION_LINK =
            Pattern.compile("https?://\\S+/mon-compte/valider-adresse\\.xhtml\\?jeton=[A-Za-z0-9_-]+");

    @RegisterExtension
    static GreenMailExtension smtp = Mailbox.server();

    @RegisterExtension
    static BrowserSession browserSession = new BrowserSession();

    @RegisterExtension
    DemoAccountGuard jdupontGuard = new DemoAccountGuard("jdupont");

    @RegisterExtension
    DemoAccountGuard pmartinGuard = new DemoAccountGuard("pmartin");

    @Deployment(testable = false)
    static WebArchive sesame() {
        return SesameDeployment.war();
    }

    /** The class's browser, opened at first use: a test that needs none runs without it. */
    private static WebDriver browser() {
        return browserSession.driver();
    }

    @Test
    void pmartin_validatesThePersonalAddress_throughTheMailedLink() throws Exception {
        SignInPage.open(browser()).signIn("pmartin", "Cathedrale-Rose-1439");
        AccountForms forms = AccountForms.open(browser(), "adresse");
        forms.giveAddress("p.martin@example.net", "Cathedrale-Rose-1439");
        assertTrue(forms.done().startsWith("Un lien de validation vient de partir"), forms.done());

        MimeMessage mail = Mailbox.awaitMail(smtp, 1);
        assertEquals("p.martin@example.net", mail.getAllRecipients()[0].toString());
        assertEquals("Validez votre adresse électronique personnelle", mail.getSubject());
        browser().get(validationLinkIn(mail));
        assertTrue(
                browser().getPageSource().contains("Confirmez-vous que p.martin@example.net"),
                browser().getPageSource());
        forms.confirmAddress();

        AccountPage overview = new AccountPage(browser());
        assertEquals("Votre adresse personnelle est validée.", forms.done());
        assertTrue(
                overview.personalAddress().contains("p.martin@example.net — Validée le"), overview.personalAddress());
    }

    @Test
    void aNewValidatedAddress_replacesTheOldOne_whichIsToldSo_andTheLinkWorksOnce() throws Exception {
        Http jdupont = signedIn("jdupont", "Tilleul-Ecorce-42");
        post(
                jdupont,
                "adresse",
                "new-address",
                Map.of("address", "jeanne.d@example.net", "current", "Tilleul-Ecorce-42"));
        String link = validationLinkIn(Mailbox.awaitMail(smtp, 1));
        assertTrue(
                jdupont.get("/mon-compte/index.xhtml").body().contains("jeanne.dupont@example.org"),
                "until validated, the old address stays in force");

        String path = link.substring(SesameDeployment.baseUrl().length());
        HttpResponse<String> confirmed = FacesForm.post(
                jdupont,
                "/mon-compte/valider-adresse.xhtml",
                jdupont.get(path).body(),
                "validate",
                Map.of(),
                "confirm");
        assertEquals(302, confirmed.statusCode(), confirmed.body());

        MimeMessage notice = Mailbox.awaitMail(smtp, 2);
        assertEquals("jeanne.dupont@example.org", notice.getAllRecipients()[0].toString());
        assertEquals("Votre adresse personnelle a été remplacée", notice.getSubject());
        assertTrue(jdupont.get("/mon-compte/index.xhtml").body().contains("jeanne.d@example.net"));
        assertTrue(jdupont.get(path).body().contains("id=\"validation-refused\""), "the link works once");
    }

    @Test
    void aValidationLinkOpenedByPlainGets_validatesNothing() throws Exception {
        Http pmartin = signedIn("pmartin", "Cathedrale-Rose-1439");
        HttpResponse<String> asked = post(
                pmartin,
                "adresse",
                "new-address",
                Map.of("address", "p.martin@example.net", "current", "Cathedrale-Rose-1439"));
        assertEquals(302, asked.statusCode(), asked.body());
        String link = validationLinkIn(Mailbox.awaitMail(smtp, 1));

        for (int i = 0; i < 3; i++) {
            assertEquals(
                    200,
                    pmartin.get(link.substring(SesameDeployment.baseUrl().length()))
                            .statusCode());
        }

        assertEquals(
                "0",
                TestDatabase.text("select count(*) from personal_address p join account a on a.id = p.account_id"
                        + " where a.identifier = 'pmartin' and p.state = 'VALIDATED'"));
        assertTrue(pmartin.get("/mon-compte/index.xhtml").body().contains("En attente de validation"));
    }

    @Test
    void aValidationLinkForAnotherAccount_isRefused() throws Exception {
        Http pmartin = signedIn("pmartin", "Cathedrale-Rose-1439");
        post(
                pmartin,
                "adresse",
                "new-address",
                Map.of("address", "p.martin@example.net", "current", "Cathedrale-Rose-1439"));
        String link = validationLinkIn(Mailbox.awaitMail(smtp, 1));

        Http jdupont = signedIn("jdupont", "Tilleul-Ecorce-42");
        String page =
                jdupont.get(link.substring(SesameDeployment.baseUrl().length())).body();

        assertTrue(page.contains("id=\"validation-refused\""), page);
        assertFalse(page.contains("validate:confirm"));
    }

    @Test
    void jdupont_changesThePassword_theOtherSessionEnds_theOldPasswordNoLongerSignsIn() throws Exception {
        Http otherSession = signedIn("jdupont", "Tilleul-Ecorce-42");
        SignInPage.open(browser()).signIn("jdupont", "Tilleul-Ecorce-42");

        AccountForms forms = AccountForms.open(browser(), "mot-de-passe");
        forms.changePassword("Tilleul-Ecorce-42", "Glycine-Bleue-Horloge", "Glycine-Bleue-Horloge");

        assertTrue(forms.done().startsWith("Votre mot de passe a été modifié"), forms.done());
        assertTrue(new AccountPage(browser()).isShown(), "the session that made the change carries on");
        HttpResponse<String> other = otherSession.get("/mon-compte/index.xhtml");
        assertEquals(302, other.statusCode());
        assertTrue(other.headers().firstValue("Location").orElseThrow().contains("/connexion.xhtml?ended=true"));
        assertEquals(
                200,
                FacesForm.signIn(new Http(), "jdupont", "Tilleul-Ecorce-42").statusCode(),
                "old password refused");
        assertEquals(
                302,
                FacesForm.signIn(new Http(), "jdupont", "Glycine-Bleue-Horloge").statusCode(),
                "new one signs in");
        MimeMessage notice = Mailbox.awaitMail(smtp, 1);
        assertEquals("Votre mot de passe a été modifié", notice.getSubject());
        assertEquals("jeanne.dupont@example.org", notice.getAllRecipients()[0].toString());
    }

    @Test
    void aPasswordChange_killsOutstandingResetLinks() throws Exception {
        Http asker = new Http();
        FacesForm.post(
                asker,
                "/assistance/adresse.xhtml",
                asker.get("/assistance/adresse.xhtml").body(),
                "email",
                Map.of("identifier", "jdupont", "address", "jeanne.dupont@example.org"),
                "submit");
        String link = Mailbox.resetLinkIn(Mailbox.awaitMail(smtp, 1));
        String linkPath = link.substring(SesameDeployment.baseUrl().length());
        assertTrue(new Http().get(linkPath).body().contains("linkpassword:password"), "usable before the change");

        Http jdupont = signedIn("jdupont", "Tilleul-Ecorce-42");
        assertEquals(
                302,
                post(
                                jdupont,
                                "mot-de-passe",
                                "change-password",
                                Map.of(
                                        "current",
                                        "Tilleul-Ecorce-42",
                                        "password",
                                        "Glycine-Bleue-Horloge",
                                        "confirmation",
                                        "Glycine-Bleue-Horloge"))
                        .statusCode());

        assertTrue(new Http().get(linkPath).body().contains("id=\"link-refused\""), "dead after the change");
    }

    @Test
    void someoneWhoCouldNotResetAlone_isWarned_withTheTwoWaysOut_andOthersAreNot() {
        String pmartin = signedIn("pmartin", "Cathedrale-Rose-1439")
                .get("/mon-compte/index.xhtml")
                .body();
        String jdupont = signedIn("jdupont", "Tilleul-Ecorce-42")
                .get("/mon-compte/index.xhtml")
                .body();

        assertTrue(pmartin.contains("id=\"no-way-to-reset\""), "no question, address not validated");
        assertTrue(pmartin.contains("mon-compte/question.xhtml") && pmartin.contains("mon-compte/adresse.xhtml"));
        assertFalse(jdupont.contains("id=\"no-way-to-reset\""), "a question and a validated address");
    }

    @Test
    void anUnknownDoneNotice_showsNothing_neverAMissingKey() {
        Http jdupont = signedIn("jdupont", "Tilleul-Ecorce-42");

        String page = jdupont.get("/mon-compte/index.xhtml?done=inconnu").body();

        assertFalse(page.contains("???"), page);
        assertFalse(page.contains("id=\"done\""), "no empty notice either");
    }

    @Test
    void wrongCurrentPassword_isSaid_andNothingChanges() {
        Http jdupont = signedIn("jdupont", "Tilleul-Ecorce-42");
        HttpResponse<String> response = post(
                jdupont,
                "mot-de-passe",
                "change-password",
                Map.of(
                        "current",
                        "pas-le-bon",
                        "password",
                        "Glycine-Bleue-Horloge",
                        "confirmation",
                        "Glycine-Bleue-Horloge"));

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Le mot de passe actuel est incorrect"), response.body());
        assertEquals(
                jdupontGuard.saved().password(), TestDatabase.stateOf("jdupont").password());
        assertEquals(
                "CURRENT_PASSWORD_WRONG FAILURE person:jdupont",
                TestDatabase.text(
                        "select event_type || ' ' || outcome || ' ' || actor from audit_event where account_id = 1"
                                + " order by id desc fetch first 1 rows only"),
                "recorded as what it is, not as a failed sign-in");
    }

    @Test
    void businessErrors_markTheirField_andTheMarkGoesWhenTheFieldIsRight() {
        SignInPage.open(browser()).signIn("jdupont", "Tilleul-Ecorce-42");
        AccountForms forms = AccountForms.open(browser(), "mot-de-passe");

        forms.changePassword("pas-le-bon", "Glycine-Bleue-Horloge", "Glycine-Bleue-Horloge");
        assertEquals("change-password:messages", forms.focusedId(), "the summary has the focus");
        forms.assertFieldInError("change-password:current");
        forms.assertFieldNotInError("change-password:confirmation");

        // The same page (a signed-in page keeps its components) drawn again: the mark follows the error.
        forms.changePassword("Tilleul-Ecorce-42", "Glycine-Bleue-Horloge", "Glycine-Bleue-Horlog");
        forms.assertFieldInError("change-password:confirmation");
        forms.assertFieldNotInError("change-password:current");
        assertEquals(
                "change-password:rules", forms.newPasswordDescribedBy(), "the rules still describe the new password");
        assertEquals(
                jdupontGuard.saved().password(), TestDatabase.stateOf("jdupont").password());
    }

    @Test
    void newSecretAnswer_isRequiredExactly_byProcedure1() throws Exception {
        Http jdupont = signedIn("jdupont", "Tilleul-Ecorce-42");
        HttpResponse<String> refused = chooseQuestion(jdupont, "first-pet", "oui", "oui", "Tilleul-Ecorce-42");
        assertTrue(refused.body().contains("Cette réponse se devine trop facilement"), refused.body());
        for (String giveaway :
                List.of("Tilleul-Ecorce-42", "jeanne.dupont@example.org", "29/02/2004", "21805678", "123")) {
            HttpResponse<String> again = chooseQuestion(jdupont, "first-pet", giveaway, giveaway, "Tilleul-Ecorce-42");
            assertEquals(200, again.statusCode(), giveaway + " is refused: " + again.body());
        }
        HttpResponse<String> password =
                chooseQuestion(jdupont, "first-pet", "Tilleul-Ecorce-42", "Tilleul-Ecorce-42", "Tilleul-Ecorce-42");
        assertTrue(password.body().contains("La réponse ne peut pas être votre mot de passe."), password.body());

        HttpResponse<String> saved =
                chooseQuestion(jdupont, "first-pet", "Noisette-la-Tortue", "Noisette-la-Tortue", "Tilleul-Ecorce-42");
        assertEquals(302, saved.statusCode(), saved.body());
        assertEquals(
                "Votre question de sécurité a été modifiée",
                Mailbox.awaitMail(smtp, 1).getSubject());

        assertEquals(200, answer("first-pet", "Noisette la Tortue").statusCode(), "spelled otherwise: wrong");
        assertEquals(
                200,
                answer("childhood-street", "Rue du Vieux-Marché-aux-Vins").statusCode(),
                "the old question is gone");
        assertEquals(302, answer("first-pet", "Noisette-la-Tortue").statusCode(), "exactly as recorded: right");
    }

    @Test
    void newPasswordRules_areTickedLive_asThePersonTypes() {
        SignInPage.open(browser()).signIn("jdupont", "Tilleul-Ecorce-42");
        AccountForms forms = AccountForms.open(browser(), "mot-de-passe");
        assertEquals(List.of(), forms.metRules());
        assertEquals("", forms.strength(), "no « très faible » before anything is typed");
        assertEquals("", forms.rulesAnnounced(), "nothing announced before anything is typed");
        assertEquals("change-password:rules", forms.newPasswordDescribedBy(), "the field is described by its rules");
        org.openqa.selenium.WebElement liveRegion = forms.rulesLiveRegion();

        forms.typeNewPassword("azertyuiop12");
        new WebDriverWait(browser(), Duration.ofSeconds(10))
                .until(d -> forms.metRules().size() == 2);
        assertTrue(forms.strength().startsWith("Robustesse estimée : "), forms.strength());
        String weak = forms.strength();
        assertEquals("2 consignes sur 4 respectées. " + weak, forms.rulesAnnounced());
        assertEquals(
                "polite",
                liveRegion.getAttribute("aria-live"),
                "the same live region as before the typing: only its text was replaced, so it is announced");

        forms.typeNewPassword("-Glycine-Bleue-Horloge");
        // length, not common, strong enough, printable
        new WebDriverWait(browser(), Duration.ofSeconds(10))
                .until(d -> forms.metRules().size() == 4);
        assertFalse(forms.strength().equals(weak), "the strength estimate follows the typing");
    }

    @Test
    void everyFieldOfMonCompte_hasItsOwnLabel_andAnEmptyOneIsNamedByIt() {
        Http jdupont = signedIn("jdupont", "Tilleul-Ecorce-42");
        Map<String, List<String>> fieldsOf = Map.of(
                "mot-de-passe",
                        List.of("change-password:current", "change-password:password", "change-password:confirmation"),
                "adresse", List.of("new-address:address", "new-address:current"));
        for (Map.Entry<String, List<String>> page : fieldsOf.entrySet()) {
            String html = jdupont.get("/mon-compte/" + page.getKey() + ".xhtml").body();
            for (String field : page.getValue()) {
                assertTrue(html.contains("for=\"" + field + "\""), "a label for " + field + " on " + page.getKey());
                assertTrue(html.contains("id=\"" + field + "\""), field + " is the field's id, not a form's");
            }
        }

        HttpResponse<String> empty = post(
                jdupont,
                "mot-de-passe",
                "change-password",
                Map.of("current", "Tilleul-Ecorce-42", "password", "", "confirmation", "x"));
        assertEquals(
                "Nouveau mot de passe : ce champ est obligatoire.",
                FacesForm.firstError(empty).strip());
        HttpResponse<String> noAddress =
                post(jdupont, "adresse", "new-address", Map.of("address", "", "current", "Tilleul-Ecorce-42"));
        assertFalse(FacesForm.firstError(noAddress).contains("address:"), FacesForm.firstError(noAddress));
    }

    @Test
    void inEnglish_aMalformedAddress_isExplainedInEnglish() {
        SignInPage signIn = SignInPage.open(browser());
        signIn.switchToEnglish();
        signIn.signIn("pmartin", "Cathedrale-Rose-1439");
        AccountForms forms = AccountForms.open(browser(), "adresse");
        assertEquals("My personal e-mail address", forms.heading());

        // The browser's own check lets "user@host" through; Sésame wants a domain with a dot.
        forms.giveAddress("p.martin@localhost", "Cathedrale-Rose-1439");

        assertEquals(List.of("Type one address, like name@domain.org."), forms.messages());
        signIn.switchToFrench();
    }

    @Test
    void activity_showsTheAccountsSecurityEvents() {
        FacesForm.signIn(new Http(), "jdupont", "un-mauvais-mot-de-passe");
        Http jdupont = signedIn("jdupont", "Tilleul-Ecorce-42");

        String page = jdupont.get("/mon-compte/activite.xhtml").body().replaceAll(">\\s+<", "><");

        assertTrue(page.contains("Connexion</td><td>Échec</td><td>127.0.0.1"), page);
        assertTrue(page.contains("Connexion</td><td>Réussi</td><td>127.0.0.1"), page);
    }

    @Test
    void aNoticeQueuedWhileTheSmtpServerIsDown_isSentOnce_whenItIsBack() throws Exception {
        Http jdupont = signedIn("jdupont", "Tilleul-Ecorce-42");
        smtp.stop();
        HttpResponse<String> saved =
                chooseQuestion(jdupont, "first-pet", "Noisette-la-Tortue", "Noisette-la-Tortue", "Tilleul-Ecorce-42");
        assertEquals(302, saved.statusCode(), "the change does not wait for the mail");
        new WebDriverWait(browser(), Duration.ofSeconds(20))
                .until(d -> "1"
                        .equals(TestDatabase.text("select max(attempts) from mail_outbox where status = 'PENDING'")));

        smtp.start();
        // The retry is due in 30 s; the clock is moved by making it due now. The sender looks every 15 s.
        TestDatabase.update(
                "update mail_outbox set next_attempt_at = current_timestamp - interval '1' second where status = 'PENDING'");
        MimeMessage notice = Mailbox.awaitMail(smtp, 1);

        assertEquals("Votre question de sécurité a été modifiée", notice.getSubject());
        new WebDriverWait(browser(), Duration.ofSeconds(10))
                .until(d -> "0".equals(TestDatabase.text("select count(*) from mail_outbox where status = 'PENDING'")));
        assertEquals(1, smtp.getReceivedMessages().length, "sent once");
    }

    private HttpResponse<String> answer(String questionId, String answer) {
        TestDatabase.clearCounters();
        return FacesForm.answerQuestion(new Http(), "jdupont", questionId, answer);
    }

    private static Http signedIn(String identifier, String password) {
        Http http = new Http();
        assertEquals(302, FacesForm.signIn(http, identifier, password).statusCode());
        return http;
    }

    /** Mon compte's question form, sent: the question, the answer and its confirmation, the current password. */
    private static HttpResponse<String> chooseQuestion(
            Http http, String questionId, String answer, String confirmation, String current) {
        return post(
                http,
                "question",
                "question",
                Map.of(
                        "questionId",
                        questionId,
                        "answer",
                        answer,
                        "answerConfirmation",
                        confirmation,
                        "current",
                        current));
    }

    private static HttpResponse<String> post(Http http, String page, String form, Map<String, String> fields) {
        String path = "/mon-compte/" + page + ".xhtml";
        return FacesForm.submit(http, path, form, fields);
    }

    private static String validationLinkIn(MimeMessage mail) {
        Matcher m = VALIDATION_LINK.matcher(
                GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
        assertTrue(m.find(), GreenMailUtil.getBody(mail));
        return m.group();
    }
}
