package fr.ent.sesame.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The start-of-term rush against a running Sésame (the run command's server, or one on PostgreSQL):
 * students signing in (and landing on Mon compte, then reading it once more), people answering their secret question (procedure 1) and
 * asking for a reset link (procedure 2), and anonymous visitors and probes reading the public pages, the
 * concurrent users of each ramping together from 1 to {@code load.users} (256 by default).
 * <p>
 * The accounts are {@code load0000001…} made by {@link LoadAccounts}. Each virtual user comes from its own
 * loopback address (127.0.1.0/24 to 127.0.4.0/24), as students come from many addresses, so the
 * per-address mail limits see what they would see in real life. A page saying "busy, try again" is the
 * answer overload should get: it counts as a success, and their number is printed at the end. Anything
 * else (an error status, a time-out, a page with neither outcome) fails the run.
 * <p>
 * Every user thinks 1 to 4 s between pages (reading, typing), as people and probes do; a run without
 * pauses ({@code -Dload.thinkMaxMs=0 -Dload.thinkMinMs=0}) is a denial-of-service test, not a rush.
 * <p>
 * {@code ./mvnw -Pload test-compile gatling:test} — properties: {@code load.baseUrl}, {@code load.users},
 * {@code load.accounts}, {@code load.ramp} and {@code load.hold} (seconds), {@code load.only=signin},
 * {@code load.thinkMinMs}, {@code load.thinkMaxMs}.
 */
public class StartOfTermRush extends Simulation {

    static final String BASE_URL = System.getProperty("load.baseUrl", "http://localhost:8080/sesame");
    static final int USERS = Integer.getInteger("load.users", 256);
    static final int ACCOUNTS = Integer.getInteger("load.accounts", LoadAccounts.DEFAULT_COUNT);
    static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("load.ramp", 120));
    static final Duration HOLD = Duration.ofSeconds(Integer.getInteger("load.hold", 60));
    /** {@code signin}: every user signs in (the pure sign-in rush); anything else: the mix below. */
    static final String ONLY = System.getProperty("load.only", "");
    /** A person reads a page and types before sending it; a probe or a crawler waits between pages too. */
    static final Duration THINK_MIN = Duration.ofMillis(Integer.getInteger("load.thinkMinMs", 1000));

    static final Duration THINK_MAX = Duration.ofMillis(Integer.getInteger("load.thinkMaxMs", 4000));

    /** The page shows either the expected outcome or the busy message, in French (the default language). */
    static final String BUSY = "Le service est très sollicité";

    private static final AtomicLong NEXT = new AtomicLong();
    private static final Map<String, AtomicLong> BUSY_ANSWERS = new ConcurrentSkipListMap<>();

    /** A different account for each virtual user, round the generated ones. */
    static Iterator<Map<String, Object>> accounts() {
        return Stream.generate(() -> {
                    long n = NEXT.getAndIncrement() % ACCOUNTS + 1;
                    return Map.<String, Object>of(
                            "identifier", LoadAccounts.identifier(n),
                            "address", LoadAccounts.address(n));
                })
                .iterator();
    }

    static final HttpProtocolBuilder HTTP = http.baseUrl(BASE_URL)
            .acceptLanguageHeader("fr")
            .disableCaching()
            .localAddresses(IntStream.rangeClosed(1, 4)
                    .boxed()
                    .flatMap(c -> IntStream.rangeClosed(1, 254).mapToObj(d -> "127.0." + c + "." + d))
                    .toList());

    /** GET a page with a form and keep what its POST needs: the view state and the form token. */
    static ChainBuilder openForm(String name, String path) {
        return exec(http(name)
                .get(path)
                .check(status().is(200))
                .check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"))
                .check(css("input[name='sesame-form']", "value").optional().saveAs("formToken"))
                // PrimeFaces in CSP mode refuses a post without the page's nonce, as a browser's script sends it.
                .check(regex("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").saveAs("nonce")));
    }

    static ChainBuilder submit(String name, String path, String form, Map<String, String> fields, String expected) {
        var post = http(name)
                .post(path)
                .formParam(form, form)
                .formParam(form + ":submit", "")
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .formParam("primefaces.nonce", "#{nonce}")
                .formParam(
                        "sesame-form", session -> session.contains("formToken") ? session.getString("formToken") : "");
        for (Map.Entry<String, String> field : fields.entrySet()) {
            post = post.formParam(form + ":" + field.getKey(), field.getValue());
        }
        // 503: the light busy page a post gets when the hashing slots and their line are full
        // (BusyBeforeHashingFilter).
        return exec(post.check(status().in(200, 503))
                        .check(regex(expected + "|" + BUSY).find().saveAs("outcome")))
                .exec(session -> {
                    boolean busy = session.getString("outcome").startsWith(BUSY);
                    if (busy) {
                        BUSY_ANSWERS
                                .computeIfAbsent(name, n -> new AtomicLong())
                                .incrementAndGet();
                    }
                    return session.set("busy", busy);
                });
    }

    @Override
    public void after() {
        System.out.println("Busy answers (\"" + BUSY + "…\"): " + BUSY_ANSWERS);
    }

    final ScenarioBuilder signIns = scenario("Sign-in, then Mon compte once more")
            .feed(accounts())
            .exec(openForm("sign-in page", "/connexion.xhtml"))
            .pause(THINK_MIN, THINK_MAX)
            .exec(submit(
                    "sign-in",
                    "/connexion.xhtml",
                    "signin",
                    Map.of("identifier", "#{identifier}", "password", LoadAccounts.PASSWORD),
                    "signed-in-as"))
            .exitHereIf(session -> session.getBoolean("busy"))
            .pause(THINK_MIN, THINK_MAX)
            .exec(http("Mon compte")
                    .get("/mon-compte/index.xhtml")
                    .check(status().is(200), substring("signed-in-as").exists()));

    final ScenarioBuilder rightAnswers = scenario("Procedure 1, right answer")
            .feed(accounts())
            .exec(openForm("question page", "/assistance/question.xhtml"))
            .pause(THINK_MIN, THINK_MAX)
            .exec(submit(
                    "right answer",
                    "/assistance/question.xhtml",
                    "question",
                    Map.of(
                            "identifier",
                            "#{identifier}",
                            "questionId",
                            LoadAccounts.QUESTION,
                            "answer",
                            LoadAccounts.ANSWER),
                    "nouveau-mot-de-passe|newPassword|password"));

    final ScenarioBuilder linkRequests = scenario("Procedure 2, link request")
            .feed(accounts())
            .exec(openForm("address page", "/assistance/adresse.xhtml"))
            .pause(THINK_MIN, THINK_MAX)
            .exec(submit(
                    "link request",
                    "/assistance/adresse.xhtml",
                    "email",
                    Map.of("identifier", "#{identifier}", "address", "#{address}"),
                    "id=\"sent\""));

    final ScenarioBuilder anonymousPages = scenario("Anonymous pages")
            .exec(http("GET sign-in").get("/connexion.xhtml").check(status().is(200)))
            .pause(THINK_MIN, THINK_MAX)
            .exec(http("GET assistance").get("/assistance/").check(status().is(200)))
            .pause(THINK_MIN, THINK_MAX)
            .exec(http("GET procedure 1").get("/assistance/question.xhtml").check(status().is(200)))
            .pause(THINK_MIN, THINK_MAX)
            .exec(http("GET procedure 2").get("/assistance/adresse.xhtml").check(status().is(200)));

    /** Each kind of visitor ramps from 1 to its share of the users, all at once, then holds. */
    PopulationBuilder ramp(ScenarioBuilder scenario, double share) {
        int top = Math.max(1, (int) Math.round(USERS * share));
        return scenario.injectClosed(
                rampConcurrentUsers(1).to(top).during(RAMP),
                constantConcurrentUsers(top).during(HOLD));
    }

    {
        setUp(
                        "signin".equals(ONLY)
                                ? List.of(ramp(signIns, 1.0))
                                : List.of(
                                        ramp(signIns, 0.5),
                                        ramp(anonymousPages, 0.25),
                                        ramp(rightAnswers, 0.15),
                                        ramp(linkRequests, 0.10)))
                .protocols(HTTP)
                .assertions(global().failedRequests().count().is(0L));
    }
}
