package fr.ent.sesame.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ent.sesame.testing.Metrics;
import fr.ent.sesame.testing.ServerLog;
import fr.ent.sesame.testing.SesameDeployment;
import fr.ent.sesame.testing.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a load balancer's probe sees on the management port: Sésame's readiness checks, without an HTTP
 * session, and the outbox's "degraded" flag monitoring alerts on.
 */
@ExtendWith(ArquillianExtension.class)
public class ReadinessIT {

    private static final long OLD_MAIL = 999_999L;
    private static final long LAST_ATTEMPT = 999_998L;

    @org.jboss.arquillian.test.api.ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static WebArchive sesame() {
        return SesameDeployment.war();
    }

    @Test
    void theReadinessProbe_isUp_withSesamesThreeChecks() throws Exception {
        HttpResponse<String> response = ready();

        assertEquals(200, response.statusCode(), response.body());
        ModelNode health = ModelNode.fromJSONString(response.body());
        assertEquals("UP", health.get("status").asString(), response.body());
        assertEquals("UP", check(health, "sesame-database").get("status").asString(), response.body());
        assertEquals(
                "up to date",
                check(health, "sesame-database").get("data", "schema").asString());
        ModelNode directory = check(health, "sesame-directory");
        assertEquals("UP", directory.get("status").asString(), response.body());
        assertEquals(
                TestDatabase.directoryMode() ? "ldap" : "database (no directory used)",
                directory.get("data", "mode").asString());
        ModelNode outbox = check(health, "sesame-outbox");
        assertEquals("UP", outbox.get("status").asString(), response.body());
        assertFalse(outbox.get("data", "degraded").asBoolean(), response.body());
    }

    @Test
    void probes_openNoHttpSession() throws Exception {
        long before = activeSessions();
        for (int i = 0; i < 20; i++) {
            assertEquals(200, ready().statusCode());
        }
        assertEquals(before, activeSessions(), "twenty probes, no new session");
    }

    @Test
    void aMailWaitingLongerThanTheLimit_marksTheOutboxDegraded_butTheNodeStaysReady() throws Exception {
        TestDatabase.clearOutbox();
        // Waiting for an hour (the limit is 15 minutes), next attempt tomorrow: the sender leaves it alone.
        TestDatabase.update(
                "insert into mail_outbox (id, recipient, template, locale, model, status, attempts,"
                        + " next_attempt_at, created_at, version) values (?, 'ecrit@example.org', 'reset-link', 'fr', '{}',"
                        + " 'PENDING', 3, current_timestamp + interval '1' day, current_timestamp - interval '1' hour, 0)",
                OLD_MAIL);
        try {
            HttpResponse<String> response = ready();

            assertEquals(200, response.statusCode(), "a slow relay does not take the node out of the balancer");
            ModelNode outbox = check(ModelNode.fromJSONString(response.body()), "sesame-outbox");
            assertEquals("UP", outbox.get("status").asString(), response.body());
            assertTrue(outbox.get("data", "degraded").asBoolean(), response.body());
            assertTrue(outbox.get("data", "waiting").asLong() >= 1, response.body());
            assertTrue(outbox.get("data", "oldest-waiting-seconds").asLong() >= 3500, response.body());
        } finally {
            TestDatabase.update("delete from mail_outbox where id = ?", OLD_MAIL);
        }
    }

    @Test
    void aMailThatCannotBeSent_isGivenUpAfterItsLastAttempt_countedAndLoggedAsSuch() throws Exception {
        TestDatabase.clearOutbox();
        long mark = ServerLog.mark();
        long givenUpBefore = check(ModelNode.fromJSONString(ready().body()), "sesame-outbox")
                .get("data", "given-up-last-day")
                .asLong();
        // No relay listens in this test class, and this mail has had every attempt but its last: due now.
        String model = "{\"firstName\":\"Paul\",\"identifier\":\"pperdu\",\"institution\":\"Université\","
                + "\"link\":\"https://sesame.example.org/l\",\"minutes\":\"30\",\"support\":\"support@example.org\"}";
        TestDatabase.update(
                "insert into mail_outbox (id, recipient, template, locale, model, status, attempts,"
                        + " next_attempt_at, created_at, version) values (?, 'perdu@example.org', 'reset-link', 'fr', ?,"
                        + " 'PENDING', 1000, current_timestamp, current_timestamp, 0)",
                LAST_ATTEMPT,
                model);
        try {
            String status = null;
            for (int i = 0; i < 60 && !"FAILED".equals(status); i++) { // the sender runs every 15 s
                Thread.sleep(1000);
                status = TestDatabase.text("select status from mail_outbox where id = ?", LAST_ATTEMPT);
            }
            assertEquals("FAILED", status, "given up");
            assertEquals(
                    givenUpBefore + 1,
                    check(ModelNode.fromJSONString(ready().body()), "sesame-outbox")
                            .get("data", "given-up-last-day")
                            .asLong());
            double gauge = Metrics.scrape().sesame("sesame_outbox_given_up_last_day");
            for (int i = 0; i < 40 && gauge < givenUpBefore + 1; i++) { // the gauges are read every 15 s
                Thread.sleep(1000);
                gauge = Metrics.scrape().sesame("sesame_outbox_given_up_last_day");
            }
            assertEquals(givenUpBefore + 1, gauge, "the metric says what the readiness check says");
            List<String> lines = ServerLog.linesSince(mark).stream()
                    .filter(line -> line.contains("Mail " + LAST_ATTEMPT))
                    .toList();
            assertEquals(1, lines.size(), lines.toString());
            assertTrue(
                    lines.get(0)
                            .matches(
                                    ".* (ERROR|SEVERE) .*given up after 1001 attempts, not sent: .*MailConnectException.*"),
                    lines.get(0));
            assertFalse(lines.get(0).contains("retry") || lines.get(0).contains("next attempt"), lines.get(0));
        } finally {
            TestDatabase.update("delete from mail_outbox where id = ?", LAST_ATTEMPT);
        }
    }

    /** GET /health/ready on the test server's management port, as a balancer asks it: no credentials. */
    public static HttpResponse<String> ready() throws IOException, InterruptedException {
        String url = "http://localhost:" + System.getProperty("sesame.it.managementPort", "10190") + "/health/ready";
        return HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /** The named check of a health answer. */
    public static ModelNode check(ModelNode health, String name) {
        return health.get("checks").asList().stream()
                .filter(check -> name.equals(check.get("name").asString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + health.toJSONString(true)));
    }

    private long activeSessions() throws IOException {
        ModelNode op = new ModelNode();
        op.get("operation").set("read-attribute");
        op.get("address").add("deployment", "sesame.war").add("subsystem", "undertow");
        op.get("name").set("active-sessions");
        ModelNode result = management.getControllerClient().execute(op);
        assertEquals("success", result.get("outcome").asString(), result.toString());
        return result.get("result").asLong();
    }
}
