package fr.ent.sesame.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.ent.sesame.testing.ClusterNode;
import fr.ent.sesame.testing.FacesForm;
import fr.ent.sesame.testing.Http;
import fr.ent.sesame.testing.Mailbox;
import fr.ent.sesame.testing.TestDatabase;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two WildFly nodes (web-clustering, distinct node names, transaction ids and port offsets) with the same
 * WAR and one PostgreSQL database, started once for the class: what the university runs, in small.
 * Run by {@code ./mvnw verify -Ppostgresql,cluster}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterIT {

    private static final String OLD_PASSWORD = "Tilleul-Ecorce-42";
    private static final String NEW_PASSWORD = "Glycine-Bleue-Horloge";

    @RegisterExtension
    static GreenMailExtension smtp = Mailbox.server();

    static ClusterNode a = new ClusterNode("node-a", 300);
    static ClusterNode b = new ClusterNode("node-b", 400);
    static TestDatabase.AccountState jdupont;

    @BeforeAll
    static void startBothNodes() throws Exception {
        int smtpPort = Integer.getInteger("sesame.it.smtpPort", 3125);
        a.start(a.baseUrl(), smtpPort);
        b.start(a.baseUrl(), smtpPort);
        a.deploy();
        b.deploy();
        jdupont = TestDatabase.stateOf("jdupont");
    }

    @AfterAll
    static void stopBothNodes() {
        a.close();
        b.close();
    }

    @AfterEach
    void putJdupontBack() {
        jdupont.restore();
        TestDatabase.clearCounters();
        TestDatabase.clearOutbox();
    }

    @Test
    @Order(1)
    void aResetLinkIssuedThroughA_isConsumedThroughB_andThenFailsOnBoth() throws Exception {
        Http browser = new Http().on(a.baseUrl());
        HttpResponse<String> asked = FacesForm.submit(
                browser,
                "/assistance/adresse.xhtml",
                "email",
                Map.of("identifier", "jdupont", "address", "jeanne.dupont@example.org"));
        assertTrue(asked.body().contains("un message vient de partir"), asked.body());
        String path = Mailbox.resetLinkIn(Mailbox.awaitMail(smtp, 1))
                .substring(a.baseUrl().length());

        Http onB = new Http().on(b.baseUrl());
        HttpResponse<String> used = FacesForm.submit(
                onB, path, "linkpassword", Map.of("password", NEW_PASSWORD, "confirmation", NEW_PASSWORD));
        assertEquals(302, used.statusCode(), used.body());

        assertTrue(new Http().on(a.baseUrl()).get(path).body().contains("id=\"link-refused\""), "used: refused on A");
        assertTrue(new Http().on(b.baseUrl()).get(path).body().contains("id=\"link-refused\""), "used: refused on B");
    }

    @Test
    @Order(2)
    void wrongAnswersGivenAlternatelyToAAndB_addUpToOneLock() {
        Http browser = new Http();
        for (int i = 0; i < 5; i++) {
            Http node = browser.on(i % 2 == 0 ? a.baseUrl() : b.baseUrl());
            HttpResponse<String> wrong = FacesForm.answerQuestion(node, "jdupont", "childhood-street", "Rue " + i);
            assertTrue(
                    FacesForm.firstError(wrong).startsWith("Identifiant, question ou réponse incorrects."),
                    FacesForm.firstError(wrong));
        }
        for (ClusterNode node : new ClusterNode[] {a, b}) {
            HttpResponse<String> locked = FacesForm.answerQuestion(
                    new Http().on(node.baseUrl()), "jdupont", "childhood-street", "Rue du Vieux-Marché-aux-Vins");
            assertTrue(
                    FacesForm.firstError(locked).startsWith("Trop de réponses incorrectes"),
                    FacesForm.firstError(locked));
        }
    }

    @Test
    @Order(3)
    void eachOutboxMailReachesTheRelayOnce_althoughBothNodesSend_evenAfterTheRelayWasDown() throws Exception {
        for (int i = 0; i < 3; i++) {
            FacesForm.submit(
                    new Http().on(i % 2 == 0 ? a.baseUrl() : b.baseUrl()),
                    "/assistance/adresse.xhtml",
                    "email",
                    Map.of("identifier", "jdupont", "address", "jeanne.dupont@example.org"));
        }
        Mailbox.awaitMail(smtp, 3);
        awaitTwoSenderRoundsOnEachNode(); // a duplicate would have gone by then
        assertEquals(3, smtp.getReceivedMessages().length, "three mails asked, three sent");

        smtp.stop();
        FacesForm.submit(
                new Http().on(b.baseUrl()),
                "/assistance/adresse.xhtml",
                "email",
                Map.of("identifier", "pmartin", "address", "p.martin@example.net")); // no mail: not validated
        HttpResponse<String> changed = FacesForm.submit(
                signedIn(a, "jdupont", OLD_PASSWORD),
                "/mon-compte/mot-de-passe.xhtml",
                "change-password",
                Map.of("current", OLD_PASSWORD, "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD));
        assertEquals(302, changed.statusCode(), "the change goes through while the relay is down");
        assertTrue(
                changed.headers().firstValue("Location").orElse("").contains("/mon-compte/index.xhtml?done="),
                () -> "the change was made, not refused: went to "
                        + changed.headers().firstValue("Location").orElse("?"));
        smtp.start();

        assertTrue(smtp.waitForIncomingEmail(120_000, 1), "the notice goes once the relay is back (retried)");
        MimeMessage notice = smtp.getReceivedMessages()[0];
        assertEquals("jeanne.dupont@example.org", notice.getAllRecipients()[0].toString());
        awaitTwoSenderRoundsOnEachNode();
        assertEquals(1, smtp.getReceivedMessages().length, "sent once, not once per node");
    }

    @Test
    @Order(4)
    void aPasswordChangeOnOneNode_endsTheAccountsOtherSessionsOnBoth() {
        Http elsewhereOnA = signedIn(a, "jdupont", OLD_PASSWORD);
        Http elsewhereOnB = signedIn(b, "jdupont", OLD_PASSWORD);
        Http changing = signedIn(b, "jdupont", OLD_PASSWORD);

        HttpResponse<String> changed = FacesForm.submit(
                changing,
                "/mon-compte/mot-de-passe.xhtml",
                "change-password",
                Map.of("current", OLD_PASSWORD, "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD));
        assertEquals(302, changed.statusCode(), changed.body());

        assertEquals(200, changing.get("/mon-compte/index.xhtml").statusCode(), "the changing session carries on");
        assertTrue(endedSession(elsewhereOnA), "the session on A ended");
        assertTrue(endedSession(elsewhereOnB), "the other session on B ended");
    }

    @Test
    @Order(5)
    void aSignedInSession_survivesKillMinus9OfItsNode() {
        Http browser = signedIn(a, "jdupont", OLD_PASSWORD);
        assertTrue(browser.get("/mon-compte/index.xhtml").body().contains("jdupont"));

        a.killHard();

        HttpResponse<String> onB = browser.on(b.baseUrl()).get("/mon-compte/index.xhtml");
        assertEquals(
                200,
                onB.statusCode(),
                () -> "went to " + onB.headers().firstValue("Location").orElse("?"));
        assertTrue(onB.body().contains("jdupont"), "still signed in, on B");
    }

    private static Http signedIn(ClusterNode node, String identifier, String password) {
        Http http = new Http().on(node.baseUrl());
        HttpResponse<String> signIn = FacesForm.signIn(http, identifier, password);
        assertEquals(302, signIn.statusCode(), signIn.body());
        return http;
    }

    private static boolean endedSession(Http session) {
        HttpResponse<String> page = session.get("/mon-compte/index.xhtml");
        return page.statusCode() == 302
                && page.headers().firstValue("Location").orElse("").contains("connexion");
    }

    /**
     * Waits until each node's outbox sender has run two more rounds (its metric): every mail either node had
     * claimed or could still claim has then been dealt with, so a mail sent twice would be in the relay.
     * Observed rather than slept: a round is 15 s, but a busy CI machine may be slower.
     */
    private void awaitTwoSenderRoundsOnEachNode() throws InterruptedException {
        double startA = a.senderRounds();
        double startB = b.senderRounds();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
        while (a.senderRounds() < startA + 2 || b.senderRounds() < startB + 2) {
            assertTrue(System.nanoTime() < deadline, "the outbox senders of both nodes keep running");
            Thread.sleep(500);
        }
    }
}
