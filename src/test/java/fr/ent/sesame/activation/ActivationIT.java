package fr.ent.sesame.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import fr.ent.sesame.testing.BrowserSession;
import fr.ent.sesame.testing.DemoAccountGuard;
import fr.ent.sesame.testing.FacesForm;
import fr.ent.sesame.testing.Http;
import fr.ent.sesame.testing.Mailbox;
import fr.ent.sesame.testing.ServerSettings;
import fr.ent.sesame.testing.SesameDeployment;
import fr.ent.sesame.testing.Slapd;
import fr.ent.sesame.testing.TestDatabase;
import fr.ent.sesame.testing.pages.AccountForms;
import fr.ent.sesame.testing.pages.AccountPage;
import fr.ent.sesame.testing.pages.ActivationPages;
import fr.ent.sesame.testing.pages.Keyboard;
import fr.ent.sesame.testing.pages.ResetPages;
import fr.ent.sesame.testing.pages.SignInPage;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/** Assistance › Activer son compte, with the demo member ebernard who has not activated yet. */
@ExtendWith(ArquillianExtension.class)
class ActivationIT {

    private static final String REFUSED = "Ces informations ne permettent pas d'activer un compte.";
    private static final String CODE_REFUSED = "Ce code ne permet pas d'activer un compte.";
    private static final String CODE_SENT =
            "Si ces informations correspondent à un compte à activer, un code vient d'être envoyé";
    private static final Pattern CODE = Pattern.compile("\\b[A-Z2-9]{4}-[A-Z2-9]{4}\\b");
    private static final String PASSWORD = "Platane-Quai-Des-Bateliers-7";
    private static final String KEY = "K7PX-42QE";
    private static final Pattern VALIDATION_LINK =
            Pattern.compile("https?://\\S+/mon-compte/valider-adresse\\.xhtml\\?jeton=[A-Za-z0-9_-]+");

    @RegisterExtension
    static GreenMailExtension smtp = Mailbox.server();

    @RegisterExtension
    static BrowserSession browserSession = new BrowserSession();

    @RegisterExtension
    DemoAccountGuard ebernardGuard = new DemoAccountGuard("ebernard");

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static WebArchive sesame() {
        return SesameDeployment.war();
    }

    @Test
    void ebernard_activates_validatesTheAddressThroughTheMail_andSignsIn() throws Exception {
        WebDriver browser = browserSession.driver();
        ActivationPages pages = ActivationPages.fromAssistance(browser);
        pages.identify("22104567", "17/05/2006");
        MimeMessage codeMail = Mailbox.awaitMail(smtp, 1);
        assertEquals(
                "emile.bernard06@example.org",
                codeMail.getAllRecipients()[0].toString(),
                "the code goes to the address the university had at enrolment");
        assertEquals("Votre code d'activation ENT", codeMail.getSubject());
        pages.typeCode(codeIn(codeMail).toLowerCase(java.util.Locale.ROOT).replace("-", " "));
        assertEquals("ebernard", pages.identifierShown());
        assertTrue(pages.charterText().contains("Université de Strasbourg"), pages.charterText());

        pages.acceptCharter();
        pages.fillAndSend(PASSWORD, "Dans quelle rue avez-vous grandi ?", "Rue des Juifs", "emile.bernard@example.net");
        assertEquals("ebernard", pages.activatedIdentifier(), String.valueOf(pages.messages()));

        assertEquals("ACTIVE", TestDatabase.text("select state from account where identifier = 'ebernard'"));
        assertEquals("2026-1", TestDatabase.text("select charter_version from account where identifier = 'ebernard'"));
        assertNotNull(TestDatabase.text("select charter_accepted_at from account where identifier = 'ebernard'"));
        assertEquals(
                "SUCCESS",
                TestDatabase.text("select outcome from audit_event where account_id = 4"
                        + " and event_type = 'ACCOUNT_ACTIVATED' order by occurred_at desc, id desc"));

        MimeMessage mail = Mailbox.awaitMail(smtp, 2);
        assertEquals("emile.bernard@example.net", mail.getAllRecipients()[0].toString());
        Matcher link = VALIDATION_LINK.matcher(
                GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
        assertTrue(link.find(), GreenMailUtil.getBody(mail));
        browser.get(link.group());
        SignInPage signIn = new SignInPage(browser);
        assertTrue(signIn.isShown(), "the validation page is in Mon compte: sign in first");
        signIn.signIn("ebernard", PASSWORD);
        assertTrue(
                browser.getCurrentUrl().contains("/mon-compte/valider-adresse.xhtml?jeton="),
                () -> browser.getCurrentUrl() + " " + new SignInPage(browser).messages());
        AccountForms forms = new AccountForms(browser);
        forms.confirmAddress();
        assertEquals("Votre adresse personnelle est validée.", forms.done());
        AccountPage overview = new AccountPage(browser);
        assertEquals("ebernard", overview.identifier());
        assertTrue(
                overview.personalAddress().contains("emile.bernard@example.net — Validée le"),
                overview.personalAddress());
    }

    @Test
    void activation_withTheKeyboardAlone() throws Exception {
        WebDriver browser = browserSession.driver();
        ResetPages.openAssistance(browser);
        Keyboard keys = new Keyboard(browser);

        keys.tabTo("activation").enter();
        keys.tabTo("identify:number").type("22104567");
        keys.tabTo("identify:birthDate").type("17/05/2006").enter();
        keys.tabTo("enter-code:code").type(codeIn(Mailbox.awaitMail(smtp, 1))).enter();
        keys.tabTo("charter"); // the charter's box scrolls with the arrow keys once it has the focus
        keys.tabTo("activate:charterAccepted").space();
        assertTrue(keys.focused().isSelected(), "Space ticks the charter's box");
        keys.tabTo("activate:password").type(PASSWORD);
        keys.tabTo("activate:confirmation").type(PASSWORD);
        keys.tabTo("activate:questionId:0").type(org.openqa.selenium.Keys.ARROW_DOWN.toString());
        assertEquals("first-pet", keys.focused().getAttribute("value"), "the arrow moves to the next question");
        assertTrue(keys.focused().isSelected(), "and picks it");
        keys.tabTo("activate:answer").type("Noisette la Tortue");
        keys.tabTo("activate:answerConfirmation").type("Noisette la Tortue");
        keys.tabTo("activate:address").type("emile.bernard@example.net").enter();

        assertEquals("ebernard", new ActivationPages(browser).activatedIdentifier(), String.valueOf(keys.messages()));
        assertEquals("ACTIVE", TestDatabase.text("select state from account where identifier = 'ebernard'"));
    }

    @Test
    void theIneOpensTheSameActivation() {
        HttpResponse<String> form = identify(new Http(), "0123456789a", "17/05/2006");

        assertEquals(302, form.statusCode(), form.body());
        assertTrue(form.headers().firstValue("Location").orElseThrow().contains("/assistance/activer-compte.xhtml"));
    }

    @Test
    void wrongDetails_activeTemporaryOrDisabledAccounts_allGetTheSameNeutralAnswer() {
        long codesBefore = codesMailed();
        giveClambertAStudentNumber(true);
        try {
            for (String[] details : new String[][] {
                {"22104567", "18/05/2006"}, // ebernard, wrong birth date
                {"99999999", "17/05/2006"}, // nobody
                {"21805678", "29/02/2004"}, // jdupont, already active
                {"T0001", "01/01/1990"}
            }) { // clambert, temporary
                HttpResponse<String> answer = identify(new Http(), details[0], details[1]);
                assertEquals(200, answer.statusCode(), details[0]);
                assertTrue(refusal(answer).startsWith(CODE_REFUSED), refusal(answer));
                assertFalse(answer.body().contains("jdupont") || answer.body().contains("clambert"));
            }
            disableEbernard(true);
            assertTrue(refusal(identify(new Http(), "22104567", "17/05/2006")).startsWith(CODE_REFUSED));
            assertEquals(codesBefore, codesMailed(), "no code went to anyone");
        } finally {
            giveClambertAStudentNumber(false);
            disableEbernard(false);
            TestDatabase.clearCounters();
        }
    }

    /** clambert (temporary) with a number and a birth date, where the account store keeps them. */
    private static void giveClambertAStudentNumber(boolean given) {
        if (TestDatabase.directoryMode()) {
            Slapd.modify(
                    "clambert",
                    given
                            ? new Modification[] {
                                new Modification(ModificationType.ADD, "objectClass", "schacPersonalCharacteristics"),
                                new Modification(ModificationType.ADD, "supannEtuId", "T0001"),
                                new Modification(ModificationType.ADD, "schacDateOfBirth", "19900101")
                            }
                            : new Modification[] {
                                new Modification(ModificationType.DELETE, "schacDateOfBirth"),
                                new Modification(ModificationType.DELETE, "supannEtuId"),
                                new Modification(ModificationType.DELETE, "objectClass", "schacPersonalCharacteristics")
                            });
        } else if (given) {
            TestDatabase.update(
                    "update account set student_number = 'T0001', birth_date = date '1990-01-01' where identifier = 'clambert'");
        } else {
            TestDatabase.update(
                    "update account set student_number = null, birth_date = null where identifier = 'clambert'");
        }
    }

    /** ebernard's account closed: in the directory, by ppolicy's permanent lock (the disabled filter's default). */
    private static void disableEbernard(boolean disabled) {
        if (TestDatabase.directoryMode()) {
            if (disabled) {
                Slapd.modify(
                        "ebernard",
                        new Modification(ModificationType.REPLACE, "pwdAccountLockedTime", "000001010000Z"));
            } else {
                Slapd.forget("ebernard", "pwdAccountLockedTime");
            }
        } else if (disabled) {
            TestDatabase.update("update account set state = 'DISABLED' where identifier = 'ebernard'");
        }
    }

    @Test
    void anActivatedAccount_cannotBeActivatedAgain() {
        Http first = new Http();
        identify(first, "22104567", "17/05/2006");
        HttpResponse<String> done = activate(first, Map.of());
        assertEquals(302, done.statusCode(), () -> done.body());
        String hash = TestDatabase.storedPassword("ebernard");

        HttpResponse<String> again = identify(new Http(), "22104567", "17/05/2006");
        assertTrue(refusal(again).startsWith(CODE_REFUSED), refusal(again));
        assertEquals(hash, TestDatabase.storedPassword("ebernard"));
        assertEquals(
                "ACTIVATION_REFUSED FAILURE visitor",
                TestDatabase.text("select event_type || ' ' || outcome || ' ' || actor from audit_event"
                        + " where account_id = (select id from account where identifier = 'ebernard') order by id desc"
                        + " fetch first 1 rows only"),
                "a refusal is recorded as one, by whoever was at the browser");
    }

    @Test
    void aRefusedActivationForm_storesNothing() {
        Http http = new Http();
        identify(http, "22104567", "17/05/2006");

        Map<String, String> refusals = new HashMap<>();
        refusals.put("Vous devez accepter la charte d'usage", "charterAccepted");
        refusals.put("Le mot de passe ne doit pas contenir votre nom", "password");
        refusals.put("La réponse ne peut pas être une information que d'autres connaissent", "answer");
        refusals.put("Saisissez une seule adresse", "address");
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            Map<String, String> broken = switch (refusal.getValue()) {
                case "charterAccepted" -> Map.of("charterAccepted", "");
                case "password" -> Map.of("password", "Emile-Bernard-Platane", "confirmation", "Emile-Bernard-Platane");
                case "answer" -> Map.of("answer", "Bernard", "answerConfirmation", "Bernard");
                default -> Map.of("address", "Emile <emile@example.net>");
            };
            HttpResponse<String> answer = activate(http, broken);
            assertEquals(200, answer.statusCode(), refusal.getKey());
            assertTrue(refusal(answer).startsWith(refusal.getKey()), refusal(answer));
        }
        assertEquals("NOT_ACTIVATED", TestDatabase.text("select state from account where identifier = 'ebernard'"));
        assertNull(TestDatabase.storedPassword("ebernard"));
        assertNull(TestDatabase.text("select answer_hash from account where identifier = 'ebernard'"));
        assertNull(TestDatabase.text("select charter_version from account where identifier = 'ebernard'"));
        assertEquals("0", TestDatabase.text("select count(*) from personal_address where account_id = 4"));
    }

    @Test
    void attemptsAreLimitedPerSession() {
        Http session = new Http();
        for (int i = 0; i < 5; i++) {
            assertTrue(refusal(identify(session, "2210456" + i, "17/05/2006")).startsWith(CODE_REFUSED));
        }
        HttpResponse<String> sixth = identify(session, "22104567", "17/05/2006");
        assertTrue(refusal(sixth).startsWith("Trop de tentatives"), refusal(sixth));
    }

    @Test
    void byDefault_aCodeGoesToTheEnrolmentAddress_andOnlyThatCodeOrThePrintedKeyOpensTheForm() throws Exception {
        Http http = new Http();
        String page = http.get("/assistance/activer.xhtml").body();
        assertFalse(page.contains("identify:key"), "the key is typed at the next step, with the code");
        HttpResponse<String> sent = sendDetails(http, "22104567", "17/05/2006");
        assertEquals(302, sent.statusCode(), () -> sent.body());
        String codePage = http.get("/assistance/activer-code.xhtml").body();
        assertTrue(readable(codePage).contains(CODE_SENT), codePage);
        String code = codeIn(Mailbox.awaitMail(smtp, 1));
        assertEquals("ACTIVATION_CODE_SENT SUCCESS visitor", lastEventOfEbernard());

        HttpResponse<String> wrong = typeCode(http, "ABCD-2345".equals(code) ? "ABCD-2346" : "ABCD-2345");
        assertTrue(refusal(wrong).startsWith(CODE_REFUSED), refusal(wrong));
        assertFalse(wrong.body().contains("ebernard"), "a wrong code shows nothing of the account");

        HttpResponse<String> right = typeCode(http, " " + code.toLowerCase(java.util.Locale.ROOT) + " ");
        assertEquals(302, right.statusCode(), () -> right.body());
        assertTrue(right.headers().firstValue("Location").orElseThrow().contains("/assistance/activer-compte.xhtml"));
        assertTrue(http.get("/assistance/activer-compte.xhtml").body().contains("ebernard"));

        Http withTheKey = new Http();
        sendDetails(withTheKey, "22104567", "17/05/2006");
        HttpResponse<String> key = typeCode(withTheKey, " k7px-42qe ");
        assertEquals(
                302,
                key.statusCode(),
                "the printed key is taken instead of the code (a member with no enrolment address)");
    }

    @Test
    void detailsThatProveNobody_getTheSamePage_andNoMailGoes() {
        long codesBefore = codesMailed();
        Http http = new Http();
        HttpResponse<String> miss = sendDetails(http, "22104567", "18/05/2006");
        assertEquals(302, miss.statusCode(), "a wrong birth date goes on to the code page like the right one");
        assertTrue(miss.headers().firstValue("Location").orElseThrow().contains("/assistance/activer-code.xhtml"));
        assertTrue(readable(http.get("/assistance/activer-code.xhtml").body()).contains(CODE_SENT));
        assertEquals(codesBefore, codesMailed());
        assertTrue(refusal(typeCode(http, KEY)).startsWith(CODE_REFUSED), "not even the printed key opens it");
    }

    @Test
    void threeWrongCodes_killTheCode_evenTheRightOneIsThenRefused() throws Exception {
        Http http = new Http();
        sendDetails(http, "22104567", "17/05/2006");
        String code = codeIn(Mailbox.awaitMail(smtp, 1));
        for (int i = 0; i < 3; i++) {
            assertTrue(refusal(typeCode(http, "ZZZZ-ZZZ" + (i + 2))).startsWith(CODE_REFUSED));
        }
        HttpResponse<String> tooLate = typeCode(http, code);
        assertEquals(200, tooLate.statusCode());
        assertTrue(readable(tooLate.body()).contains("Ce code n'est plus valable"), tooLate.body());
        assertFalse(tooLate.body().contains("activate:password"));
        assertFalse(
                http.get("/assistance/activer-compte.xhtml").body().contains("activate:password"),
                "no form was opened");
    }

    @Test
    void anOldCodeIsRefused() throws Exception {
        try (AutoCloseable quick = ServerSettings.override(management, "sesame.activation.code-lifetime", "PT1S")) {
            Http http = new Http();
            sendDetails(http, "22104567", "17/05/2006");
            String code = codeIn(Mailbox.awaitMail(smtp, 1));
            Thread.sleep(1_500);
            HttpResponse<String> old = typeCode(http, code);
            assertTrue(readable(old.body()).contains("Ce code n'est plus valable"), old.body());
        }
    }

    @Test
    void codesMailedToOnePerson_areCappedPerHour_whoeverAsks() {
        long codesBefore = codesMailed();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> sent = sendDetails(new Http(), i % 2 == 0 ? "22104567" : "0123456789A", "17/05/2006");
            assertEquals(302, sent.statusCode(), "the page says the same past the cap");
        }
        assertEquals(
                codesBefore + 3,
                codesMailed(),
                "three codes an hour to one person, counted by account whichever number was typed");
    }

    @Test
    void whereTheSiteAsksForThePrintedKeyOnTheFirstPage_theNumberAndBirthDateAreNotEnough() throws Exception {
        long codesBefore = codesMailed();
        try (AutoCloseable printed = ServerSettings.override(management, "sesame.activation.proof", "printed-key")) {
            Http http = new Http();
            String page = http.get("/assistance/activer.xhtml").body();
            assertTrue(page.contains("identify:key"), "the key field is there");
            for (String key : List.of("", "K7PX-42QD")) {
                page = http.get("/assistance/activer.xhtml").body();
                HttpResponse<String> refused = FacesForm.post(
                        http,
                        "/assistance/activer.xhtml",
                        page,
                        "identify",
                        Map.of("number", "22104567", "birthDate", "17/05/2006", "key", key),
                        "submit");
                assertEquals(200, refused.statusCode(), "what a classmate knows opens nothing (key '" + key + "')");
                assertFalse(refused.body().contains("activate:password"));
                if (!key.isEmpty()) {
                    assertTrue(FacesForm.firstError(refused).startsWith(REFUSED), FacesForm.firstError(refused));
                }
            }

            page = http.get("/assistance/activer.xhtml").body();
            HttpResponse<String> rightKey = FacesForm.post(
                    http,
                    "/assistance/activer.xhtml",
                    page,
                    "identify",
                    Map.of("number", "22104567", "birthDate", "17/05/2006", "key", " k7px-42qe "),
                    "submit");
            assertEquals(302, rightKey.statusCode(), () -> rightKey.body());
            assertEquals(codesBefore, codesMailed(), "no code is mailed in this mode");
        }
    }

    @Test
    void whereTheAdminExplicitlyLetsTheNumberAndBirthDateSuffice_theyDo() throws Exception {
        try (AutoCloseable risky = ServerSettings.override(management, "sesame.activation.proof", "birth-date-only")) {
            Http http = new Http();
            String page = http.get("/assistance/activer.xhtml").body();
            assertFalse(page.contains("identify:key"), "no key field");
            HttpResponse<String> proven = FacesForm.post(
                    http,
                    "/assistance/activer.xhtml",
                    page,
                    "identify",
                    Map.of("number", "22104567", "birthDate", "17/05/2006"),
                    "submit");
            assertEquals(302, proven.statusCode(), () -> proven.body());
            assertTrue(
                    proven.headers().firstValue("Location").orElseThrow().contains("/assistance/activer-compte.xhtml"));
        }
    }

    /** The error the page shows; fails, saying where it went instead, when the answer is not a page with one. */
    private static String refusal(HttpResponse<String> response) {
        assertEquals(
                200,
                response.statusCode(),
                () -> "went to " + response.headers().firstValue("Location").orElse("?"));
        return FacesForm.firstError(response);
    }

    /**
     * Both steps of the default settings: the number and birth date, then ebernard's printed key at the code
     * step (the next step takes it instead of the mailed code). The first step's answer when it is not the
     * code page (too many attempts), else the code step's.
     */
    private static HttpResponse<String> identify(Http http, String number, String birthDate) {
        HttpResponse<String> sent = sendDetails(http, number, birthDate);
        return sent.statusCode() == 302 ? typeCode(http, KEY) : sent;
    }

    private static HttpResponse<String> sendDetails(Http http, String number, String birthDate) {
        String page = http.get("/assistance/activer.xhtml").body();
        return FacesForm.post(
                http,
                "/assistance/activer.xhtml",
                page,
                "identify",
                Map.of("number", number, "birthDate", birthDate),
                "submit");
    }

    private static HttpResponse<String> typeCode(Http http, String code) {
        String page = http.get("/assistance/activer-code.xhtml").body();
        return FacesForm.post(
                http, "/assistance/activer-code.xhtml", page, "enter-code", Map.of("code", code), "submit");
    }

    /** The page's text with apostrophes as a person reads them (the renderers escape some as &#39;). */
    private static String readable(String html) {
        return html.replace("&#39;", "'");
    }

    private static String codeIn(MimeMessage mail) {
        Matcher code = CODE.matcher(GreenMailUtil.getBody(mail));
        assertTrue(code.find(), GreenMailUtil.getBody(mail));
        return code.group();
    }

    /** Activation codes ever queued (the outbox keeps sent mails, emptied of their content). */
    private static long codesMailed() {
        return Long.parseLong(TestDatabase.text("select count(*) from mail_outbox where template = 'activation-code'"));
    }

    private static String lastEventOfEbernard() {
        return TestDatabase.text("select event_type || ' ' || outcome || ' ' || actor from audit_event"
                + " where account_id = (select id from account where identifier = 'ebernard') order by id desc"
                + " fetch first 1 rows only");
    }

    /** Sends the activation form with good values, replaced by {@code changes} (an empty value leaves the field out). */
    private static HttpResponse<String> activate(Http http, Map<String, String> changes) {
        Map<String, String> fields = new HashMap<>(Map.of(
                "charterAccepted",
                "on",
                "password",
                PASSWORD,
                "confirmation",
                PASSWORD,
                "questionId",
                "first-pet",
                "answer",
                "Noisette la tortue",
                "answerConfirmation",
                "Noisette la tortue",
                "address",
                "emile.bernard@example.net"));
        fields.putAll(changes);
        fields.values().removeIf(String::isEmpty);
        String page = http.get("/assistance/activer-compte.xhtml").body();
        return FacesForm.post(http, "/assistance/activer-compte.xhtml", page, "activate", fields, "submit");
    }
}
