package fr.ent.sesame.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import fr.ent.sesame.testing.BrowserSession;
import fr.ent.sesame.testing.DemoAccountGuard;
import fr.ent.sesame.testing.FacesForm;
import fr.ent.sesame.testing.Http;
import fr.ent.sesame.testing.Mailbox;
import fr.ent.sesame.testing.ServerLog;
import fr.ent.sesame.testing.ServerSettings;
import fr.ent.sesame.testing.SesameDeployment;
import fr.ent.sesame.testing.TestDatabase;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The support desk (issue 14): an agent finds a person, sees their account and acts with a reason; every
 * action is checked by the service (not only hidden by the page), audited with the agent and the reason,
 * and told to the person. Over HTTP, as a browser posts, in both account stores.
 */
@ExtendWith(ArquillianExtension.class)
class SupportDeskIT {

    private static final String AGENT = "pmartin";
    private static final String AGENT_PASSWORD = "Cathedrale-Rose-1439";
    private static final String PERSON_PAGE = "/support/personne.xhtml?compte=";
    private static final String RIGHT_ANSWER = "Rue du Vieux-Marché-aux-Vins";
    private static final Pattern SHOWN_LINK = Pattern.compile("id=\"support-link\"[^>]*>\\s*(\\S+?)\\s*<");

    @RegisterExtension
    static GreenMailExtension smtp = Mailbox.server();

    @RegisterExtension
    static BrowserSession browserSession = new BrowserSession();

    @RegisterExtension
    DemoAccountGuard jdupont = new DemoAccountGuard("jdupont");

    @RegisterExtension
    DemoAccountGuard clambert = new DemoAccountGuard("clambert");

    @ArquillianResource
    ManagementClient management;

    private static final List<String> ACTIONS_ON_JDUPONT = List.of(
            "clear-locks", "mail-reset-link", "remove-question", "end-sessions", "address-actions:0:remove-address");

    private AutoCloseable agentRole;
    private long supportEventsBefore;

    @Deployment(testable = false)
    static WebArchive sesame() {
        return SesameDeployment.war();
    }

    @BeforeEach
    void pmartinIsAnAgent() throws Exception {
        agentRole = ServerSettings.override(management, "sesame.support.agents", AGENT);
        supportEventsBefore = supportEventsOn("jdupont");
    }

    @AfterEach
    void noMoreAgent() throws Exception {
        agentRole.close();
    }

    @Test
    void anAgent_findsPeople_byName_accentsAndCaseIgnored_byNumber_andByIdentifier() {
        Http agent = signedIn(AGENT, AGENT_PASSWORD);

        HttpResponse<String> byName = search(agent, "", "BERNARD", "emile");
        assertEquals(302, byName.statusCode(), "one match opens the account at once");
        String page = agent.get(location(byName)).body();
        assertTrue(
                page.contains("ebernard") && page.contains("Émile Bernard") && page.contains("pas encore activé"),
                page);

        assertTrue(
                location(search(agent, "21805678", "", "")).endsWith("compte=" + accountId("jdupont")),
                "student number");
        assertTrue(location(search(agent, "0123456789A", "", "")).endsWith("compte=" + accountId("ebernard")), "INE");
        assertTrue(location(search(agent, "E4521", "", "")).endsWith("compte=" + accountId("pmartin")), "staff number");
        assertTrue(
                location(search(agent, " JDupont ", "", "")).endsWith("compte=" + accountId("jdupont")), "identifier");

        assertEquals(
                "Personne ne correspond à cette recherche.",
                FacesForm.firstError(search(agent, "", "Dupont", "Émile")));
        assertEquals(
                "Indiquez un identifiant ou un numéro, ou bien un nom et un prénom.",
                FacesForm.firstError(search(agent, "", "Dupont", "")));
    }

    @Test
    void inABrowser_inBothLanguages_theAgentFindsJdupontByName_seesTheLock_andClearsIt() {
        org.openqa.selenium.WebDriver browser = browserSession.driver();
        Map<String, List<String>> texts = Map.of(
                "fr",
                        List.of(
                                "Procédure 1 : réponses incorrectes à la question de sécurité",
                                "non bloqué",
                                "Les blocages sont levés."),
                "en",
                        List.of(
                                "Procedure 1: wrong answers to the security question",
                                "not locked",
                                "The locks are cleared."));
        for (String language : List.of("fr", "en")) {
            TestDatabase.clearCounters();
            Http guesser = new Http();
            for (int i = 0; i < 5; i++) {
                answer(guesser, "pas la bonne rue");
            }
            browser.manage().deleteAllCookies();
            browser.get(SesameDeployment.baseUrl() + "/connexion.xhtml?lang=" + language);
            new fr.ent.sesame.testing.pages.SignInPage(browser).signIn(AGENT, AGENT_PASSWORD);
            browser.get(SesameDeployment.baseUrl() + "/support/index.xhtml");
            browser.findElement(org.openqa.selenium.By.id("search:lastName")).sendKeys("DUPONT");
            browser.findElement(org.openqa.selenium.By.id("search:firstName")).sendKeys("jeanne");
            browser.findElement(org.openqa.selenium.By.id("search:submit")).click();

            // The click only starts the navigation: wait for the account's page (seen failing once on PostgreSQL).
            org.openqa.selenium.By counterRow =
                    org.openqa.selenium.By.xpath("//table[@id='counters']//tr[th[contains(., '"
                            + texts.get(language).get(0) + "')]]");
            String lockRow = new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(counterRow))
                    .getText();
            assertFalse(
                    lockRow.contains(texts.get(language).get(1)), language + ": locked, and until when: " + lockRow);
            browser.findElement(org.openqa.selenium.By.id("act:reason"))
                    .sendKeys("Appel vérifié / verified call " + language);
            browser.findElement(org.openqa.selenium.By.id("act:clear-locks")).click();

            assertEquals(
                    texts.get(language).get(2),
                    new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                            .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                                    org.openqa.selenium.By.id("done")))
                            .getText()
                            .strip(),
                    language);
            assertEquals(302, answer(new Http(), RIGHT_ANSWER).statusCode(), language + ": procedure 1 works again");
        }
    }

    @Test
    void theAccountPage_showsTheLockFiveWrongAnswersLeft_clearingItWithAReason_opensProcedure1Again() throws Exception {
        Http guesser = new Http();
        for (int i = 0; i < 5; i++) {
            answer(guesser, "pas la bonne rue");
        }
        assertTrue(FacesForm.firstError(answer(new Http(), RIGHT_ANSWER)).contains("bloquée"), "procedure 1 is locked");
        Http agent = signedIn(AGENT, AGENT_PASSWORD);
        String person = PERSON_PAGE + accountId("jdupont");

        String page = agent.get(person).body();
        String answers = row(page, "Procédure 1 : réponses incorrectes à la question de sécurité");
        assertFalse(answers.contains("non bloqué"), "the lock and when it ends: " + answers);
        assertTrue(page.contains("jeanne.dupont@example.org") && page.contains("Question de sécurité"), page);
        assertFalse(page.contains(RIGHT_ANSWER) || page.contains("$argon2"), "never the answer nor its hash");

        HttpResponse<String> noReason = act(agent, person, "clear-locks", "  ");
        assertEquals("Indiquez la raison de cette action.", FacesForm.firstError(noReason));
        assertEquals(0, supportEvents("jdupont"), "nothing done without a reason");

        HttpResponse<String> cleared =
                act(agent, person, "clear-locks", "Appel du 4/12 : identité vérifiée (carte étudiante)");
        assertEquals(302, cleared.statusCode(), cleared.body());
        assertTrue(agent.get(location(cleared)).body().contains("Les blocages sont levés."));
        assertTrue(agent.get(person).body().contains("Aucun compteur"), "nothing counted any more");

        assertEquals(
                "support:pmartin|SUPPORT_LOCKS_CLEARED|Appel du 4/12 : identité vérifiée (carte étudiante)",
                TestDatabase.text(
                        "select actor || '|' || event_type || '|' || reason from audit_event where account_id = ?"
                                + " and actor like 'support:%' order by id desc limit 1",
                        Long.parseLong(accountId("jdupont"))));
        MimeMessage notice = Mailbox.awaitMail(smtp, 1);
        assertEquals("Le support informatique a agi sur votre compte", notice.getSubject());
        assertEquals("jeanne.dupont@example.org", notice.getAllRecipients()[0].toString());
        assertTrue(
                GreenMailUtil.getBody(notice).contains("lev=C3=A9 les blocages")
                        || GreenMailUtil.getBody(notice).contains("levé les blocages"),
                GreenMailUtil.getBody(notice));

        assertEquals(302, answer(new Http(), RIGHT_ANSWER).statusCode(), "procedure 1 works again");
        Http jeanne = signedIn("jdupont", "Tilleul-Ecorce-42");
        assertTrue(
                jeanne.get("/mon-compte/activite.xhtml").body().contains("Blocages levés (par le support)"),
                "Activité de mon compte says who acted");
    }

    @Test
    void anAgent_mailsProcedure2sLink_toTheValidatedAddress_itWorksOnce() throws Exception {
        Http agent = signedIn(AGENT, AGENT_PASSWORD);
        String person = PERSON_PAGE + accountId("jdupont");
        assertFalse(agent.get(person).body().contains("hand-over-link"), "procedure 2 serves her: no link in person");

        assertEquals(
                302,
                act(agent, person, "mail-reset-link", "Ne reçoit pas le courriel, demande au téléphone")
                        .statusCode());

        MimeMessage mail = Mailbox.awaitMail(smtp, 1);
        assertEquals("Réinitialisation de son mot de passe", mail.getSubject());
        assertEquals("jeanne.dupont@example.org", mail.getAllRecipients()[0].toString());
        String link = Mailbox.resetLinkIn(mail);
        assertFalse(agent.get(person).body().contains(link.substring(link.indexOf("jeton=") + 6)), "never the link");
        assertTrue(
                agent.get(person).body().contains("Réinitialisation (envoyé par courriel)"), "listed as outstanding");
        assertEquals(302, choosePassword(link, "Glycine-Bleue-Horloge").statusCode());
        assertTrue(choosePassword(link, "Autre-Glycine-Horloge-9").body().contains("id=\"link-refused\""), "once only");
        assertEquals(
                302,
                FacesForm.signIn(new Http(), "jdupont", "Glycine-Bleue-Horloge").statusCode());
    }

    @Test
    void forATemporaryAccount_theAgentHandsOverALink_shownOnce_usableOnce_for30Minutes() throws Exception {
        Http agent = signedIn(AGENT, AGENT_PASSWORD);
        String person = PERSON_PAGE + accountId("clambert");
        String page = agent.get(person).body();
        assertTrue(page.contains("Compte temporaire"), page);
        assertFalse(page.contains("mail-reset-link"), "procedure 2 does not serve temporary accounts");
        long logMark = ServerLog.mark();

        HttpResponse<String> issued = act(agent, person, "hand-over-link", "Vue au guichet avec sa carte de lecteur");

        assertEquals(200, issued.statusCode());
        Matcher shown = SHOWN_LINK.matcher(issued.body());
        assertTrue(shown.find(), issued.body());
        String link = shown.group(1);
        String token = link.substring(link.indexOf("jeton=") + 6);
        assertTrue(link.startsWith(SesameDeployment.baseUrl() + "/assistance/lien.xhtml?jeton="), link);
        assertFalse(agent.get(person).body().contains(token), "shown once: not on the next page");
        assertTrue(agent.get(person).body().contains("Réinitialisation (remis en personne)"));
        assertEquals(
                "1800",
                TestDatabase.text(
                        "select cast(extract(epoch from expires_at) - extract(epoch from created_at) as integer)"
                                + " from one_time_token where purpose = 'SUPPORT_RESET' and used_at is null and voided_at is null"
                                + " and account_id = ?",
                        Long.parseLong(accountId("clambert"))));
        assertTrue(ServerLog.linesSince(logMark).stream().noneMatch(line -> line.contains(token)), "never in the log");
        MimeMessage notice = Mailbox.awaitMail(smtp, 1);
        assertEquals("claire.lambert@example.org", notice.getAllRecipients()[0].toString());
        assertEquals("Le support informatique a agi sur votre compte", notice.getSubject());

        assertEquals(302, choosePassword(link, "Glycine-Bleue-Horloge").statusCode());
        assertTrue(choosePassword(link, "Autre-Glycine-Horloge-9").body().contains("id=\"link-refused\""), "once only");
        assertEquals(
                302,
                FacesForm.signIn(new Http(), "clambert", "Glycine-Bleue-Horloge")
                        .statusCode());

        HttpResponse<String> again = act(agent, person, "hand-over-link", "Oublié aussitôt");
        Matcher second = SHOWN_LINK.matcher(again.body());
        assertTrue(second.find(), again.body());
        TestDatabase.update(
                "update one_time_token set expires_at = created_at - interval '1' second"
                        + " where purpose = 'SUPPORT_RESET' and used_at is null and voided_at is null and account_id = ?",
                Long.parseLong(accountId("clambert")));
        assertTrue(
                choosePassword(second.group(1), "Autre-Glycine-Horloge-9")
                        .body()
                        .contains("id=\"link-refused\""),
                "dead once its 30 minutes are over");
    }

    @Test
    void removingTheQuestion_closesProcedure1_andEndingSessions_signsThePersonOut() {
        Http jeanne = signedIn("jdupont", "Tilleul-Ecorce-42");
        Http agent = signedIn(AGENT, AGENT_PASSWORD);
        String person = PERSON_PAGE + accountId("jdupont");

        assertEquals(
                302,
                act(agent, person, "remove-question", "Dit que son frère connaît la réponse")
                        .statusCode());
        assertEquals(
                302,
                act(agent, person, "end-sessions", "Session restée ouverte en salle informatique")
                        .statusCode());

        assertTrue(agent.get(person).body().contains("Aucune : elle vous permettra"), "no question any more");
        assertEquals(200, answer(new Http(), RIGHT_ANSWER).statusCode(), "procedure 1 refuses");
        assertEquals(302, jeanne.get("/mon-compte/index.xhtml").statusCode(), "her session is over");
        assertEquals(2, supportEvents("jdupont"));
        Mailbox.awaitMail(smtp, 2);
        assertEquals(2, smtp.getReceivedMessages().length, "one notice each");
    }

    @Test
    void removingACompromisedAddress_tellsItOnceMore_andProcedure2NoLongerSendsThere() throws Exception {
        if (TestDatabase.directoryMode()) {
            // As Sésame wrote it there when the address was validated.
            fr.ent.sesame.testing.Slapd.modify(
                    "jdupont",
                    new com.unboundid.ldap.sdk.Modification(
                            com.unboundid.ldap.sdk.ModificationType.REPLACE,
                            "supannMailPerso",
                            "jeanne.dupont@example.org"));
        }
        Http agent = signedIn(AGENT, AGENT_PASSWORD);
        String person = PERSON_PAGE + accountId("jdupont");

        HttpResponse<String> removed =
                act(agent, person, "address-actions:0:remove-address", "Boîte piratée, dit-elle");

        assertEquals(302, removed.statusCode(), removed.body());
        assertTrue(agent.get(location(removed)).body().contains("L'adresse est supprimée."));
        assertFalse(agent.get(person).body().contains("jeanne.dupont@example.org"));
        MimeMessage notice = Mailbox.awaitMail(smtp, 1);
        assertEquals(
                "jeanne.dupont@example.org", notice.getAllRecipients()[0].toString(), "told at the removed address");
        Http visitor = new Http();
        String page = visitor.get("/assistance/adresse.xhtml").body();
        HttpResponse<String> asked = FacesForm.post(
                visitor,
                "/assistance/adresse.xhtml",
                page,
                "email",
                Map.of("identifier", "jdupont", "address", "jeanne.dupont@example.org"),
                "submit");
        assertTrue(FacesForm.firstError(asked).contains("contacter le support"), "procedure 2 refuses it now");
        if (TestDatabase.directoryMode()) {
            assertEquals(
                    null,
                    fr.ent.sesame.testing.Slapd.attribute("jdupont", "supannMailPerso"),
                    "gone from the directory too");
        }
    }

    @Test
    void aMailGivenUp_isListedMasked_andSentAgainWithAReason_butOnlyWhileItsContentIsKept() throws Exception {
        String model = "{\"firstName\":\"Paul\",\"identifier\":\"pperdu\",\"institution\":\"Université\","
                + "\"link\":\"https://sesame.example.org/l\",\"minutes\":\"30\",\"support\":\"support@example.org\"}";
        TestDatabase.update("delete from mail_outbox where id in (91, 92)");
        TestDatabase.update(
                "insert into mail_outbox (id, recipient, template, locale, model, status, attempts,"
                        + " next_attempt_at, created_at, last_error, version) values (91, 'paul.perdu@example.org', 'reset-link', 'fr', ?,"
                        + " 'FAILED', 8, current_timestamp, current_timestamp, 'relay refused: 451 try later', 0)",
                model);
        TestDatabase.update("insert into mail_outbox (id, recipient, template, locale, model, status, attempts,"
                + " next_attempt_at, created_at, last_error, version) values (92, 'emptied@example.org', 'reset-link', 'fr', '{}',"
                + " 'FAILED', 8, current_timestamp, current_timestamp, 'relay refused', 0)");
        Http agent = signedIn(AGENT, AGENT_PASSWORD);

        String page = agent.get("/support/courriels.xhtml").body();
        String row = row(page, "p•••••@example.org");
        assertTrue(row.contains("abandonné") && row.contains("451 try later") && row.contains("outbox:rows:"), row);
        assertFalse(page.contains("paul.perdu@example.org"), "recipients masked");
        assertFalse(row(page, "e•••••@example.org").contains("retry"), "no content left: nothing to send again");

        String button = row.replaceAll("(?s).*name=\"outbox:(rows:\\d+:retry)\".*", "$1");
        assertEquals(
                "Indiquez la raison de cette action.",
                FacesForm.firstError(FacesForm.post(
                        agent, "/support/courriels.xhtml", page, "outbox", Map.of("reason", ""), button)));
        HttpResponse<String> retried = FacesForm.post(
                agent,
                "/support/courriels.xhtml",
                page,
                "outbox",
                Map.of("reason", "Relais réparé, ticket 1234"),
                button);

        assertEquals(302, retried.statusCode(), retried.body());
        MimeMessage mail = Mailbox.awaitMail(smtp, 1);
        assertEquals("paul.perdu@example.org", mail.getAllRecipients()[0].toString());
        assertEquals(
                "support:pmartin|SUPPORT_MAIL_RETRIED|Relais réparé, ticket 1234",
                TestDatabase.text(
                        "select actor || '|' || event_type || '|' || reason from audit_event where detail = 'mail 91 reset-link'"));
        TestDatabase.update("delete from mail_outbox where id in (91, 92)");
    }

    @Test
    void anotherAgent_sendsAPendingAddressItsValidationLinkAgain_butNoAgentActsOnTheirOwnAccount() throws Exception {
        agentRole.close();
        agentRole = ServerSettings.override(management, "sesame.support.agents", "pmartin,jdupont");
        String pmartinsAccount = PERSON_PAGE + accountId("pmartin");

        HttpResponse<String> ownAccount =
                act(signedIn(AGENT, AGENT_PASSWORD), pmartinsAccount, "resend-validation", "Pour moi");
        assertEquals(
                "Cette action ne s'applique pas à ce compte dans son état actuel : rien n'a été fait.",
                FacesForm.firstError(ownAccount).replace("&#39;", "'"));

        Http colleague = signedIn("jdupont", "Tilleul-Ecorce-42");
        HttpResponse<String> resent = act(colleague, pmartinsAccount, "resend-validation", "Lien jamais reçu");
        assertEquals(302, resent.statusCode(), resent.body());
        MimeMessage mail = Mailbox.awaitMail(smtp, 1);
        assertEquals("p.martin@example.net", mail.getAllRecipients()[0].toString());
        assertEquals("Validez votre adresse électronique personnelle", mail.getSubject());
        assertEquals(
                "support:jdupont|SUPPORT_VALIDATION_RESENT|Lien jamais reçu",
                TestDatabase.text(
                        "select actor || '|' || event_type || '|' || reason from audit_event where account_id = ?"
                                + " and actor like 'support:%' order by id desc limit 1",
                        Long.parseLong(accountId("pmartin"))));
    }

    @Test
    void inLdapMode_theRolesComeFromTheDirectoryGroupsTheSettingsName() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                TestDatabase.directoryMode(), "directory groups exist in ldap mode only");
        agentRole.close();
        agentRole = () -> {};
        assertEquals(
                403,
                signedIn(AGENT, AGENT_PASSWORD).get("/support/index.xhtml").statusCode(),
                "no group named: no role");
        try (AutoCloseable acting = ServerSettings.override(
                        management, "sesame.ldap.support-group", "cn=sesame-support,ou=groups,dc=univ-test,dc=fr");
                AutoCloseable looking = ServerSettings.override(
                        management,
                        "sesame.ldap.support-readonly-group",
                        "cn=sesame-support-lecture,ou=groups,dc=univ-test,dc=fr")) {
            Http member = signedIn(AGENT, AGENT_PASSWORD);
            assertEquals(200, member.get("/support/index.xhtml").statusCode(), "pmartin is in cn=sesame-support");
            assertTrue(
                    member.get(PERSON_PAGE + accountId("jdupont")).body().contains("act:clear-locks"), "and may act");
            assertEquals(
                    403,
                    signedIn("jdupont", "Tilleul-Ecorce-42")
                            .get("/support/index.xhtml")
                            .statusCode(),
                    "jdupont is in no group");
        }
    }

    @Test
    void theJournal_listsWhoDidWhatWhenAndWhy_filteredByAgent() {
        Http agent = signedIn(AGENT, AGENT_PASSWORD);
        assertEquals(
                302,
                act(agent, PERSON_PAGE + accountId("jdupont"), "clear-locks", "Journal : essai 42")
                        .statusCode());

        String journal = agent.get("/support/actions.xhtml?agent=PMARTIN").body();
        String entry = row(journal, "Journal : essai 42");
        assertTrue(entry.contains("pmartin") && entry.contains("jdupont") && entry.contains("Blocages levés"), entry);
        assertFalse(agent.get("/support/actions.xhtml?agent=quelquun").body().contains("Journal : essai 42"));
        assertTrue(agent.get("/support/actions.xhtml?compte=" + accountId("jdupont"))
                .body()
                .contains("Journal : essai 42"));
        assertTrue(agent.get("/support/actions.xhtml?personne=JDupont").body().contains("Journal : essai 42"));
        assertFalse(agent.get("/support/actions.xhtml?personne=clambert").body().contains("Journal : essai 42"));
    }

    @Test
    void membersAndVisitors_reachNoSupportPageNorAction_evenWithTheAgentsViewState() {
        String person = PERSON_PAGE + accountId("jdupont");
        Http visitor = new Http();
        for (String page : List.of(
                "/support/index.xhtml",
                person,
                "/support/actions.xhtml",
                "/support/courriels.xhtml",
                "/support/reglages.xhtml")) {
            HttpResponse<String> anonymous = visitor.get(page);
            assertEquals(302, anonymous.statusCode(), page);
            assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("/connexion.xhtml"));
        }
        Http member = signedIn("clambert", "Orangerie-Cygne-77");
        for (String page : List.of(
                "/support/index.xhtml",
                person,
                "/support/actions.xhtml",
                "/support/courriels.xhtml",
                "/support/reglages.xhtml")) {
            assertEquals(403, member.get(page).statusCode(), page);
        }
        String agentsPage = signedIn(AGENT, AGENT_PASSWORD).get(person).body();

        for (String action : ACTIONS_ON_JDUPONT) {
            assertTrue(agentsPage.contains("act:" + action), action + " offered to the agent");
            HttpResponse<String> forged = FacesForm.post(
                    member,
                    person,
                    "act",
                    FacesForm.viewStateOf(agentsPage),
                    FacesForm.nonceOf(agentsPage),
                    Map.of("reason", "je me débloque"),
                    action);
            assertEquals(403, forged.statusCode(), action);
        }
        assertEquals(0, supportEvents("jdupont"));
    }

    @Test
    void aReadonlyAgent_seesTheAccount_butNoActionWorks() throws Exception {
        Http agent = signedIn(AGENT, AGENT_PASSWORD);
        String person = PERSON_PAGE + accountId("jdupont");
        String agentsPage = agent.get(person).body();
        long outboxBefore = TestDatabase.outboxMark();
        agentRole.close();
        agentRole = () -> {};
        try (AutoCloseable looking = ServerSettings.override(management, "sesame.support.readonly-agents", AGENT)) {
            Http readonly = signedIn(AGENT, AGENT_PASSWORD);

            String page = readonly.get(person).body();
            assertTrue(page.contains("jeanne.dupont@example.org"), "sees");
            assertFalse(page.contains("act:"), "no action offered");
            for (String action : ACTIONS_ON_JDUPONT) {
                HttpResponse<String> tried = FacesForm.post(
                        readonly,
                        person,
                        "act",
                        FacesForm.viewStateOf(page),
                        FacesForm.nonceOf(page),
                        Map.of("reason", "lecture seule"),
                        action);
                assertFalse(tried.headers().firstValue("Location").orElse("").contains("fait="), action + " not done");
                // The view state of the page where it was offered, from the same agent's former session.
                HttpResponse<String> replayed = FacesForm.post(
                        readonly,
                        person,
                        "act",
                        FacesForm.viewStateOf(agentsPage),
                        FacesForm.nonceOf(agentsPage),
                        Map.of("reason", "lecture seule"),
                        action);
                assertFalse(
                        replayed.headers().firstValue("Location").orElse("").contains("fait="), action + " not done");
            }
        }
        assertEquals(0, supportEvents("jdupont"));
        assertEquals(List.of(), TestDatabase.mailsWrittenSince(outboxBefore), "no notice");
    }

    private static HttpResponse<String> search(
            Http agent, String identifierOrNumber, String lastName, String firstName) {
        String page = agent.get("/support/index.xhtml").body();
        return FacesForm.post(
                agent,
                "/support/index.xhtml",
                page,
                "search",
                Map.of("identifierOrNumber", identifierOrNumber, "lastName", lastName, "firstName", firstName),
                "submit");
    }

    private static HttpResponse<String> act(Http agent, String person, String button, String reason) {
        String page = agent.get(person).body();
        assertTrue(page.contains("act:" + button), button + " offered on\n" + page);
        return FacesForm.post(agent, person, page, "act", Map.of("reason", reason), button);
    }

    private static HttpResponse<String> answer(Http http, String answer) {
        return FacesForm.answerQuestion(http, "jdupont", "childhood-street", answer);
    }

    private static HttpResponse<String> choosePassword(String link, String password) {
        Http person = new Http();
        String path = link.substring(SesameDeployment.baseUrl().length());
        String page = person.get(path).body();
        if (!page.contains("linkpassword:password")) {
            return person.get(path);
        }
        Map<String, String> fields = new HashMap<>(Map.of("password", password, "confirmation", password));
        return FacesForm.post(person, path, page, "linkpassword", fields, "submit");
    }

    private static Http signedIn(String identifier, String password) {
        Http person = new Http();
        assertEquals(302, FacesForm.signIn(person, identifier, password).statusCode(), identifier + " signs in");
        return person;
    }

    private static String location(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElse(null);
        assertNotNull(location, "a redirect, got " + response.statusCode() + ":\n" + response.body());
        return location.startsWith(SesameDeployment.baseUrl())
                ? location.substring(SesameDeployment.baseUrl().length())
                : location.replaceFirst("^/[^/]+", "");
    }

    private static String accountId(String identifier) {
        return TestDatabase.text("select id from account where identifier = ?", identifier);
    }

    /** Support events on jdupont's account since the test started. */
    private long supportEvents(String identifier) {
        return supportEventsOn(identifier) - supportEventsBefore;
    }

    private static long supportEventsOn(String identifier) {
        return Long.parseLong(TestDatabase.text(
                "select count(*) from audit_event where actor like 'support:%'"
                        + " and account_id = (select id from account where identifier = ?)",
                identifier));
    }

    /** The table row holding this text, as HTML. */
    private static String row(String body, String text) {
        int at = body.indexOf(text);
        assertTrue(at >= 0, text + " in\n" + body);
        return body.substring(body.lastIndexOf("<tr", at), body.indexOf("</tr>", at));
    }
}
