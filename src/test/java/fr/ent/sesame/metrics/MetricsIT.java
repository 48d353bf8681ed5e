package fr.ent.sesame.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ent.sesame.testing.FacesForm;
import fr.ent.sesame.testing.Http;
import fr.ent.sesame.testing.Metrics;
import fr.ent.sesame.testing.SesameDeployment;
import fr.ent.sesame.testing.TestDatabase;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What Prometheus scrapes from /prometheus on the management port, as configure.cli sets it up: the security
 * counters move by exactly the events a journey produced, and the outbox gauges show the whole outbox.
 * (RushIT checks the "busy" counter, ImportJobIT the import rows, ReadinessIT the given-up gauge.)
 */
@ExtendWith(ArquillianExtension.class)
class MetricsIT {

    private static final long OLD_MAIL = 999_997L;
    private static final String SIGN_IN_FAILED = series("SIGN_IN", "FAILURE");
    private static final String SIGNED_IN = series("SIGN_IN", "SUCCESS");

    @Deployment(testable = false)
    static WebArchive sesame() {
        return SesameDeployment.war();
    }

    @Test
    void aWrongPasswordThenTheRightOne_countOneFailedAndOneSuccessfulSignIn_andNothingElse() {
        TestDatabase.clearCounters();
        long lastEvent = Long.parseLong(TestDatabase.text("select coalesce(max(id), 0) from audit_event"));
        Metrics before = Metrics.scrape();
        Http person = new Http();

        FacesForm.signIn(person, "jdupont", "Not-The-Password-1");
        assertEquals(
                302, FacesForm.signIn(person, "jdupont", "Tilleul-Ecorce-42").statusCode());

        Map<String, Double> moved = movedSecurityEvents(before, Metrics.scrape());
        assertEquals(Map.of(SIGN_IN_FAILED, 1.0, SIGNED_IN, 1.0), moved);
        String recorded = "select count(*) from audit_event where id > ? and event_type = ? and outcome = ?";
        assertEquals(
                "2",
                TestDatabase.text("select count(*) from audit_event where id > ?", lastEvent),
                "the audit trail holds the same events");
        assertEquals("1", TestDatabase.text(recorded, lastEvent, "SIGN_IN", "FAILURE"));
        assertEquals("1", TestDatabase.text(recorded, lastEvent, "SIGN_IN", "SUCCESS"));
    }

    @Test
    void theHashingWait_isTimedForEveryPasswordChecked() {
        TestDatabase.clearCounters();
        Metrics before = Metrics.scrape();

        assertEquals(
                302,
                FacesForm.signIn(new Http(), "jdupont", "Tilleul-Ecorce-42").statusCode());

        Metrics after = Metrics.scrape();
        double checks =
                after.sesame("sesame_hashing_wait_seconds_count") - before.sesame("sesame_hashing_wait_seconds_count");
        if (TestDatabase.directoryMode()) {
            assertEquals(0.0, checks, "the directory checks the password: Sésame hashes nothing");
        } else {
            assertEquals(1.0, checks, "one Argon2id check for one sign-in");
        }
        assertEquals(before.sesame("sesame_hashing_busy_total"), after.sesame("sesame_hashing_busy_total"));
    }

    @Test
    void theWarmUp_rendersEachAnonymousPageToTheNodeItself_asItStarts() throws Exception {
        // arquillian.xml asks for 3 renders of each of the 4 pages; the node listens at a port offset, which the
        // warm-up finds from WildFly's own properties.
        String rendered = "sesame_warmup_renders_total{WF_DEPLOYMENT=\"sesame.war\",outcome=\"ok\"}";
        String failed = "sesame_warmup_renders_total{WF_DEPLOYMENT=\"sesame.war\",outcome=\"failed\"}";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Metrics metrics = Metrics.scrape();
        while (!metrics.has(rendered) && System.nanoTime() < deadline) {
            Thread.sleep(500);
            metrics = Metrics.scrape();
        }
        assertTrue(metrics.value(rendered) >= 12.0, "3 renders of each of the 4 pages: " + metrics.value(rendered));
        assertEquals(0.0, metrics.value(failed), "no render failed");
    }

    @Test
    void theOutboxSender_countsItsRounds_soAStoppedSenderShows() throws Exception {
        double before = Metrics.scrape().sesame("sesame_outbox_sender_rounds_total");
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (Metrics.scrape().sesame("sesame_outbox_sender_rounds_total") < before + 1) {
            assertTrue(System.nanoTime() < deadline, "a round every 15 s");
            Thread.sleep(500);
        }
    }

    @Test
    void theOutboxGauges_countTheWholeOutbox_withinTheirRefreshPeriod() throws Exception {
        TestDatabase.clearOutbox();
        // Waiting for an hour, next attempt tomorrow: the sender leaves it alone while the gauges are read.
        TestDatabase.update(
                "insert into mail_outbox (id, recipient, template, locale, model, status, attempts,"
                        + " next_attempt_at, created_at, version) values (?, 'ecrit@example.org', 'reset-link', 'fr', '{}',"
                        + " 'PENDING', 3, current_timestamp + interval '1' day, current_timestamp - interval '1' hour, 0)",
                OLD_MAIL);
        try {
            // Refreshed every 15 s: until then the gauges may still show the outbox before clearOutbox().
            Metrics metrics = Metrics.scrape();
            for (int i = 0; i < 40 && metrics.sesame("sesame_outbox_oldest_waiting_seconds") < 3500; i++) {
                Thread.sleep(1000);
                metrics = Metrics.scrape();
            }
            assertEquals(1.0, metrics.sesame("sesame_outbox_waiting"), "the other mails were sent or cleared");
            double oldest = metrics.sesame("sesame_outbox_oldest_waiting_seconds");
            assertTrue(oldest >= 3500 && oldest < 3700, "waiting for about an hour: " + oldest);
        } finally {
            TestDatabase.update("delete from mail_outbox where id = ?", OLD_MAIL);
        }
    }

    private static Map<String, Double> movedSecurityEvents(Metrics before, Metrics after) {
        Map<String, Double> moved = new HashMap<>();
        after.allSecurityEvents().forEach((series, value) -> {
            double delta = value - before.value(series);
            if (delta != 0) {
                moved.put(series, delta);
            }
        });
        return moved;
    }

    private static String series(String type, String outcome) {
        return "sesame_security_events_total{WF_DEPLOYMENT=\"sesame.war\",outcome=\"" + outcome + "\",type=\"" + type
                + "\"}";
    }
}
