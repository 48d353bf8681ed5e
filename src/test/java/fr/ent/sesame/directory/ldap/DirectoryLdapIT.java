package fr.ent.sesame.directory.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.unboundid.ldap.sdk.ResultCode;
import fr.ent.sesame.health.ReadinessIT;
import fr.ent.sesame.testing.DemoAccountGuard;
import fr.ent.sesame.testing.FacesForm;
import fr.ent.sesame.testing.Http;
import fr.ent.sesame.testing.Mailbox;
import fr.ent.sesame.testing.SesameDeployment;
import fr.ent.sesame.testing.Slapd;
import fr.ent.sesame.testing.TestDatabase;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * sesame.directory=ldap against a real slapd (src/test/ldap): every password is checked by binding to
 * slapd itself, never by reading Sésame's database. Runs in the ldap profile only (.ci/run's fourth step).
 */
@ExtendWith(ArquillianExtension.class)
class DirectoryLdapIT {

    private static final String JDUPONT = "Tilleul-Ecorce-42";
    private static final String PMARTIN = "Cathedrale-Rose-1439";

    private static final String FAILED = "Identifiant ou mot de passe incorrect.";
    private static final Pattern VALIDATION_LINK =
            Pattern.compile("https?://\\S+/mon-compte/valider-adresse\\.xhtml\\?jeton=[A-Za-z0-9_-]+");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z2-9]{4}-[A-Z2-9]{4}\\b");

    @RegisterExtension
    static GreenMailExtension smtp = Mailbox.server();

    @RegisterExtension
    DemoAccountGuard jdupontGuard = new DemoAccountGuard("jdupont");

    @RegisterExtension
    DemoAccountGuard ebernardGuard = new DemoAccountGuard("ebernard");

    @RegisterExtension
    DemoAccountGuard pmartinGuard = new DemoAccountGuard("pmartin");

    @Deployment(testable = false)
    static WebArchive sesame() {
        return SesameDeployment.war();
    }

    /** slapd keeps a password history the rootDN cannot clear: each test picks a password never used before. */
    private final String fresh = "Glycine-Bleue-Horloge-" + Long.toString(System.nanoTime(), 36);

    @BeforeEach
    @AfterEach
    void directoryAsInTheLdif() {
        Slapd.restore("jdupont", JDUPONT);
        Slapd.restore("pmartin", PMARTIN);
        Slapd.restore("ebernard", null);
        Slapd.forget("pmartin", "supannMailPerso");
    }

    @Test
    void signIn_isABindToTheDirectory_andNoPasswordHashIsKept() {
        assertEquals(302, FacesForm.signIn(new Http(), "jdupont", JDUPONT).statusCode());
        assertEquals(FAILED, FacesForm.firstError(FacesForm.signIn(new Http(), "jdupont", "Pas-Le-Bon-Mot-De-Passe")));

        assertNotNull(
                TestDatabase.text("select directory_id from account where identifier = 'jdupont'"),
                "the row is tied to the entry's entryUUID");
        // (Only jdupont's row is asked about: the demo guards of this class put the other rows' demo hashes
        // back after each test, and a row loses them again at its next look-up.)
        assertEquals(
                null,
                TestDatabase.text("select password_hash from account where identifier = 'jdupont'"),
                "no password hash of any kind in ldap mode: the demo row's hash was dropped at its first look-up");
        assertEquals(
                "0",
                TestDatabase.text("select count(*) from password_history h join account a on a.id = h.account_id"
                        + " where a.directory_id is not null"));
    }

    @Test
    void aPasswordChangedInTheDirectoryElsewhere_isTheOneThatSignsIn() {
        Slapd.restore("pmartin", "Changee-Ailleurs-Par-La-DSI-1");

        assertEquals(200, FacesForm.signIn(new Http(), "pmartin", PMARTIN).statusCode(), "the old one no longer");
        assertEquals(
                302,
                FacesForm.signIn(new Http(), "pmartin", "Changee-Ailleurs-Par-La-DSI-1")
                        .statusCode());
    }

    @Test
    void monCompte_changesThePasswordInTheDirectory_asThePerson() {
        Http jdupont = signedIn("jdupont", JDUPONT);
        HttpResponse<String> wrongCurrent = changePassword(jdupont, "Pas-Le-Bon", fresh);
        assertTrue(wrongCurrent.body().contains("Le mot de passe actuel est incorrect"), wrongCurrent.body());
        assertTrue(Slapd.canBind("jdupont", JDUPONT), "nothing changed in the directory");

        assertEquals(302, changePassword(jdupont, JDUPONT, fresh).statusCode());

        assertTrue(Slapd.canBind("jdupont", fresh), "slapd has the new password");
        assertEquals("dn:" + Slapd.dnOf("jdupont"), Slapd.whoami("jdupont", fresh), "and OpenLDAP's own client agrees");
        assertEquals(ResultCode.INVALID_CREDENTIALS, Slapd.bind("jdupont", JDUPONT));
        assertTrue(
                Slapd.whoami("jdupont", JDUPONT).contains("Invalid credentials (49)"),
                Slapd.whoami("jdupont", JDUPONT));
        assertEquals(302, FacesForm.signIn(new Http(), "jdupont", fresh).statusCode());
    }

    @Test
    void aPasswordInTheDirectorysHistory_isRefusedInTheWordsOfSesamesOwnRule() {
        Http jdupont = signedIn("jdupont", JDUPONT);
        assertEquals(302, changePassword(jdupont, JDUPONT, fresh).statusCode());
        jdupont = signedIn("jdupont", fresh);

        HttpResponse<String> back = changePassword(jdupont, fresh, JDUPONT);

        assertEquals(200, back.statusCode());
        assertTrue(
                FacesForm.firstError(back).startsWith("Vous avez déjà utilisé ce mot de passe récemment"),
                FacesForm.firstError(back));
        assertTrue(Slapd.canBind("jdupont", fresh), "still the new one");
    }

    @Test
    void procedure1_setsTheNewPasswordInTheDirectory() {
        Http http = new Http();
        HttpResponse<String> answered =
                FacesForm.answerQuestion(http, "jdupont", "childhood-street", "Rue du Vieux-Marché-aux-Vins");
        assertEquals(302, answered.statusCode(), () -> answered.body());
        HttpResponse<String> changed = FacesForm.submit(
                http,
                "/assistance/nouveau-mot-de-passe.xhtml",
                "newpassword",
                Map.of("password", fresh, "confirmation", fresh));
        assertEquals(302, changed.statusCode(), () -> changed.body());

        assertTrue(Slapd.canBind("jdupont", fresh), "the reset reached slapd");
        assertEquals(ResultCode.INVALID_CREDENTIALS, Slapd.bind("jdupont", JDUPONT));
    }

    @Test
    void procedure2_theMailedLinkSetsTheNewPasswordInTheDirectory() {
        Http asker = new Http();
        FacesForm.submit(
                asker,
                "/assistance/adresse.xhtml",
                "email",
                Map.of("identifier", "jdupont", "address", "jeanne.dupont@example.org"));
        String link = Mailbox.resetLinkIn(Mailbox.awaitMail(smtp, 1));
        String path = link.substring(SesameDeployment.baseUrl().length());

        Http http = new Http();
        HttpResponse<String> inHistory = FacesForm.post(
                http,
                path,
                http.get(path).body(),
                "linkpassword",
                Map.of("password", JDUPONT, "confirmation", JDUPONT),
                "submit");
        assertTrue(inHistory.body().contains("Vous avez déjà utilisé ce mot de passe récemment"), inHistory.body());

        HttpResponse<String> changed = FacesForm.post(
                http,
                path,
                http.get(path).body(),
                "linkpassword",
                Map.of("password", fresh, "confirmation", fresh),
                "submit");
        assertTrue(
                changed.statusCode() == 302 || changed.body().contains("Votre mot de passe a été modifié"),
                "the directory's refusal gave the link back: " + changed.body());

        assertTrue(Slapd.canBind("jdupont", fresh), "the reset reached slapd");
        HttpResponse<String> again = new Http().get(path);
        assertTrue(again.body().contains("link-refused"), "and the link is used up: " + again.body());
    }

    @Test
    void activation_givesTheEntryItsFirstPassword_whichThenBinds() throws Exception {
        assertEquals(ResultCode.INVALID_CREDENTIALS, Slapd.bind("ebernard", fresh), "no password yet");
        Http http = new Http();
        HttpResponse<String> sent = FacesForm.submit(
                http, "/assistance/activer.xhtml", "identify", Map.of("number", "22104567", "birthDate", "17/05/2006"));
        assertEquals(302, sent.statusCode(), () -> sent.body());
        MimeMessage mail = Mailbox.awaitMail(smtp, 1);
        assertEquals(
                "emile.bernard06@example.org",
                mail.getAllRecipients()[0].toString(),
                "the enrolment address is the entry's supannMailPerso");
        Matcher code = CODE.matcher(GreenMailUtil.getBody(mail));
        assertTrue(code.find());
        assertEquals(
                302,
                FacesForm.submit(http, "/assistance/activer-code.xhtml", "enter-code", Map.of("code", code.group()))
                        .statusCode());

        HttpResponse<String> activated = FacesForm.submit(
                http,
                "/assistance/activer-compte.xhtml",
                "activate",
                Map.of(
                        "charterAccepted",
                        "on",
                        "password",
                        fresh,
                        "confirmation",
                        fresh,
                        "questionId",
                        "first-pet",
                        "answer",
                        "Noisette la tortue",
                        "answerConfirmation",
                        "Noisette la tortue",
                        "address",
                        "emile.bernard@example.net"));
        assertEquals(302, activated.statusCode(), () -> activated.body());

        assertTrue(Slapd.canBind("ebernard", fresh), "slapd has the first password");
        assertEquals(302, FacesForm.signIn(new Http(), "ebernard", fresh).statusCode());
    }

    @Test
    void quiSuisJe_findsThePersonInTheDirectory() {
        Http http = new Http();
        HttpResponse<String> found = FacesForm.submit(
                http,
                "/assistance/qui-suis-je.xhtml",
                "whoami",
                Map.of("lastName", "MARTIN", "firstName", "pierre", "birthDate", "03/11/1979", "number", "e4521"));
        assertTrue(found.body().contains("id=\"found-identifier\">pmartin<"), found.body());
    }

    @Test
    void aValidatedPersonalAddress_isWrittenBackToTheEntry() {
        Http pmartin = signedIn("pmartin", PMARTIN);
        FacesForm.submit(
                pmartin,
                "/mon-compte/adresse.xhtml",
                "new-address",
                Map.of("address", "pierre.martin@example.net", "current", PMARTIN));
        String link = VALIDATION_LINK
                .matcher(GreenMailUtil.getBody(Mailbox.awaitMail(smtp, 1))
                        .replace("=\r\n", "")
                        .replace("=3D", "="))
                .results()
                .findFirst()
                .orElseThrow()
                .group();
        assertEquals(null, Slapd.attribute("pmartin", "supannMailPerso"), "not before it is validated");

        String path = link.substring(SesameDeployment.baseUrl().length());
        HttpResponse<String> confirmed = FacesForm.post(
                pmartin,
                "/mon-compte/valider-adresse.xhtml",
                pmartin.get(path).body(),
                "validate",
                Map.of(),
                "confirm");
        assertEquals(302, confirmed.statusCode(), () -> confirmed.body());

        assertEquals("pierre.martin@example.net", Slapd.attribute("pmartin", "supannMailPerso"));
    }

    @Test
    void temporaryAndDisabledEntries_areToldApart_byTheSitesFilters() {
        assertEquals(
                200,
                FacesForm.signIn(new Http(), "adurand", "Ancien-Bureau-Rhin-1965")
                        .statusCode(),
                "a closed account (ppolicy's permanent lock) does not sign in");
        assertEquals("DISABLED", TestDatabase.text("select state from account where identifier = 'adurand'"));
        assertEquals(
                302,
                FacesForm.signIn(new Http(), "clambert", "Orangerie-Cygne-77").statusCode());
        assertEquals("TEMPORARY", TestDatabase.text("select kind from account where identifier = 'clambert'"));
        HttpResponse<String> reset =
                FacesForm.answerQuestion(new Http(), "clambert", "childhood-street", "Peu importe");
        assertEquals(200, reset.statusCode(), "no self-service for a temporary account");
    }

    @Test
    void anEntryTheDirectoryLocked_isToldSo_evenWithTheRightPassword() {
        Slapd.lockByFailures("pmartin");
        try {
            HttpResponse<String> refused = FacesForm.signIn(new Http(), "pmartin", PMARTIN);
            assertEquals(200, refused.statusCode());
            assertTrue(
                    FacesForm.firstError(refused).startsWith("Votre compte est verrouillé par l'annuaire"),
                    FacesForm.firstError(refused));
        } finally {
            TestDatabase.clearCounters();
        }
    }

    @Test
    void anExpiredPassword_isToldSo_withTheWayOut() {
        HttpResponse<String> expired = FacesForm.signIn(new Http(), "gvieux", "Ancien-Mot-Expire-2019");
        assertEquals(200, expired.statusCode());
        assertTrue(
                FacesForm.firstError(expired).startsWith("Votre mot de passe a expiré. Choisissez-en un nouveau"),
                FacesForm.firstError(expired));
        TestDatabase.clearCounters();
    }

    @Test
    void anIdentifierFullOfFilterCharacters_matchesNobody() {
        for (String identifier : new String[] {"*", "*)(uid=*", "jdupont)(|(uid=*", "j\\2adupont", "jdu*"}) {
            HttpResponse<String> answer = FacesForm.signIn(new Http(), identifier, JDUPONT);
            assertEquals(200, answer.statusCode(), identifier);
            assertEquals(FAILED, FacesForm.firstError(answer), identifier);
        }
        HttpResponse<String> nul = FacesForm.signIn(new Http(), "jdupont\u0000", JDUPONT);
        assertEquals(200, nul.statusCode(), "a NUL signs nobody in and breaks nothing");
        TestDatabase.clearCounters();
    }

    @Test
    void anEntryWhoseIdentifierNoAccountCanHave_isNotServed_andTheLogNamesIt() {
        long log = fr.ent.sesame.testing.ServerLog.mark();
        HttpResponse<String> notFound = FacesForm.submit(
                new Http(),
                "/assistance/qui-suis-je.xhtml",
                "whoami",
                Map.of("lastName", "Muller", "firstName", "Hans", "birthDate", "01/01/1980", "number", "E3003"));
        assertEquals(200, notFound.statusCode());
        assertFalse(notFound.body().contains("found-identifier"), notFound.body());
        assertEquals(
                FAILED,
                FacesForm.firstError(
                        FacesForm.signIn(new Http(), "h.muller@partenaire.example", "Partenaire-Rhin-Neckar-88")));
        assertEquals("0", TestDatabase.text("select count(*) from account where last_name = 'Muller'"));
        assertTrue(
                fr.ent.sesame.testing.ServerLog.linesSince(log).stream()
                        .anyMatch(line -> line.contains("WARN")
                                && line.contains("uid=h.muller@partenaire.example,ou=people,dc=univ-test,dc=fr")),
                "the log names the entry");
        TestDatabase.clearCounters();
    }

    @Test
    void aDirectoryOutage_saysTryAgain_andHealsWithoutARestart() throws Exception {
        Slapd.pause();
        try {
            HttpResponse<String> down = FacesForm.signIn(new Http(), "jdupont", JDUPONT);
            assertTrue(
                    down.statusCode() >= 500 || down.body().contains("Réessayez"),
                    down.statusCode() + " " + down.body());
            assertTrue(down.body().contains("Réessayez dans un instant"), down.body());
            assertFalse(
                    down.body().contains("Exception") || down.body().contains("at com.unboundid"), "no stack trace");
            HttpResponse<String> probe = ReadinessIT.ready();
            assertEquals(503, probe.statusCode(), "the balancer takes the node out: " + probe.body());
            assertEquals(
                    "DOWN",
                    ReadinessIT.check(ModelNode.fromJSONString(probe.body()), "sesame-directory")
                            .get("status")
                            .asString(),
                    probe.body());
        } finally {
            Slapd.resume();
        }
        assertEquals(302, FacesForm.signIn(new Http(), "jdupont", JDUPONT).statusCode(), "healed, no restart");
        assertEquals(200, ReadinessIT.ready().statusCode(), "and back in the balancer");
    }

    private static Http signedIn(String identifier, String password) {
        Http http = new Http();
        assertEquals(302, FacesForm.signIn(http, identifier, password).statusCode());
        return http;
    }

    private static HttpResponse<String> changePassword(Http http, String current, String newPassword) {
        return FacesForm.submit(
                http,
                "/mon-compte/mot-de-passe.xhtml",
                "change-password",
                Map.of("current", current, "password", newPassword, "confirmation", newPassword));
    }
}
