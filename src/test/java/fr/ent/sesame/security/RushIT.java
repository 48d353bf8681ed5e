package fr.ent.sesame.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ent.sesame.testing.FacesForm;
import fr.ent.sesame.testing.Http;
import fr.ent.sesame.testing.Metrics;
import fr.ent.sesame.testing.ServerLog;
import fr.ent.sesame.testing.SesameDeployment;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The start of term in miniature: more sign-ins at once than the test server has database connections
 * (20) and hashing slots. Before the fix, twenty such requests each held a connection while waiting to hash
 * and then asked for a second one: the server stood still for 30 seconds and answered 500. Now every
 * sign-in is answered, signed in or "busy, try again", and the other pages keep being served meanwhile.
 * The posts leave a few milliseconds apart, as a rush's do: those arriving while the slots and their line
 * are full get the light busy page at once (503, password.BusyBeforeHashingFilter), the others the sign-in page
 * with the busy message. Nothing here is timed: speed is the load test's business (docs/performance.md).
 */
@ExtendWith(ArquillianExtension.class)
class RushIT {

    private static final int AT_ONCE = 48;
    private static final String BUSY = "Le service est très sollicité";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SesameDeployment.war();
    }

    @Test
    void moreSignInsAtOnceThanConnections_areAllAnswered_signedInOrBusy_andOtherPagesStillServed() throws Exception {
        long log = ServerLog.mark();
        Metrics before = Metrics.scrape();
        List<Http> people = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            Http person = new Http();
            people.add(person);
            pages.add(person.get("/connexion.xhtml").body());
        }
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE + 1);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> signIns = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            Http person = people.get(i);
            String page = pages.get(i);
            long leavesAfterMillis = 10L * i;
            signIns.add(CompletableFuture.supplyAsync(
                    () -> {
                        awaitQuietly(start);
                        sleepQuietly(leavesAfterMillis);
                        return FacesForm.post(
                                person,
                                "/connexion.xhtml",
                                page,
                                "signin",
                                java.util.Map.of("identifier", "jdupont", "password", "Tilleul-Ecorce-42"),
                                "submit");
                    },
                    pool));
        }
        CompletableFuture<List<Integer>> meanwhile = CompletableFuture.supplyAsync(
                () -> {
                    awaitQuietly(start);
                    Http visitor = new Http();
                    List<Integer> statuses = new ArrayList<>();
                    for (int i = 0; i < 10; i++) {
                        statuses.add(visitor.get("/assistance/").statusCode());
                    }
                    return statuses;
                },
                pool);
        start.countDown();

        int signedIn = 0;
        int busy = 0;
        int turnedAwayAtOnce = 0;
        for (CompletableFuture<HttpResponse<String>> signIn : signIns) {
            HttpResponse<String> response = signIn.get(5, TimeUnit.MINUTES);
            if (response.statusCode() == 302
                    && response.headers().firstValue("Location").orElse("").endsWith("/mon-compte/index.xhtml")) {
                signedIn++;
            } else if (response.statusCode() == 503) {
                assertTrue(response.body().contains(BUSY), response.body());
                assertTrue(response.body().contains("href=\"/sesame/connexion.xhtml\""), response.body());
                assertEquals("5", response.headers().firstValue("Retry-After").orElse(""));
                busy++;
                turnedAwayAtOnce++;
            } else {
                assertEquals(200, response.statusCode(), response.body());
                assertTrue(response.body().contains(BUSY), response.body());
                busy++;
            }
        }
        System.out.printf(
                "RushIT: %d signed in, %d busy (%d of them before Faces)%n", signedIn, busy, turnedAwayAtOnce);
        pool.shutdown();
        assertEquals(AT_ONCE, signedIn + busy);
        assertTrue(signedIn >= 2, "the hashing slots kept working: " + signedIn + " signed in, " + busy + " busy");
        assertEquals(List.of(200, 200, 200, 200, 200, 200, 200, 200, 200, 200), meanwhile.get(1, TimeUnit.MINUTES));
        assertEquals(List.of(), ServerLog.errorsSince(log));
        assertEquals(200, people.get(0).get("/assistance/").statusCode());
        Metrics after = Metrics.scrape();
        assertEquals(
                busy,
                after.sesame("sesame_hashing_busy_total") - before.sesame("sesame_hashing_busy_total"),
                "every busy page counted once");
        assertEquals(
                signedIn, after.securityEvents("SIGN_IN", "SUCCESS") - before.securityEvents("SIGN_IN", "SUCCESS"));
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQuietly(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
