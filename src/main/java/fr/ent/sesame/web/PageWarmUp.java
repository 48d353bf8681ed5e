package fr.ent.sesame.web;

import fr.ent.sesame.kernel.PagesWarmed;
import fr.ent.sesame.settings.Settings;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A node renders its anonymous pages to itself as it starts, in the background, so the JIT has compiled
 * Faces' paths before the first visitors arrive. Without it, a node restarted in the middle of a rush served
 * its sign-in page a minute after start at 40 % of its warm speed with a p99 of 0.9 s (docs/performance.md).
 * The requests are plain GETs of pages anyone may read: they open no session, hash nothing, write nothing.
 */
@ApplicationScoped
public class PageWarmUp {

    /** The pages a rush reads first, each rendered by Faces without a session. */
    static final List<String> PAGES =
            List.of("/connexion.xhtml", "/assistance/", "/assistance/question.xhtml", "/assistance/adresse.xhtml");

    private static final Logger LOG = Logger.getLogger("sesame.web");

    /** How long the warm-up waits for the deployment to answer at all (it starts while the WAR is deploying). */
    private static final Duration READY_WITHIN = Duration.ofMinutes(2);

    /** Past this many failed renders the node is in trouble and the warm-up would only add to it. */
    private static final int MAX_FAILED = 10;

    @Inject
    Settings settings;

    @Inject
    Event<PagesWarmed> warmed;

    @Resource
    ManagedExecutorService executor;

    void start(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        int renders = settings.warmUpRenders();
        if (renders == 0) {
            return;
        }
        URI node = settings.warmUpUrl().orElseGet(() -> ownAddress(System.getProperties()));
        String base = node.toString().replaceAll("/+$", "") + context.getContextPath();
        executor.submit(() -> warmUp(base, renders));
    }

    /**
     * Where WildFly's default {@code http} socket binding listens, as standalone.xml writes it:
     * {@code ${jboss.bind.address:127.0.0.1}} and {@code ${jboss.http.port:8080}} plus the port offset.
     * A node that listens on every address is reached on the loopback.
     */
    static URI ownAddress(Properties system) {
        String host = system.getProperty("jboss.bind.address", "127.0.0.1").strip();
        if (host.isEmpty() || host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            host = "127.0.0.1";
        } else if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        int port = number(system, "jboss.http.port", 8080) + number(system, "jboss.socket.binding.port-offset", 0);
        return URI.create("http://" + host + ":" + port);
    }

    private static int number(Properties system, String name, int otherwise) {
        try {
            return Integer.parseInt(
                    system.getProperty(name, Integer.toString(otherwise)).strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private void warmUp(String base, int renders) {
        long started = System.nanoTime();
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        int rendered = 0;
        int failed = 0;
        List<String> pages = readyPages(client, base);
        if (pages == null) {
            failed = 1;
        } else {
            for (int round = 0; round < renders && !pages.isEmpty(); round++) {
                // Both languages, as visitors ask for them: each has its bundle and its own cached strings.
                String language = round % 2 == 0 ? "fr" : "en";
                for (String page : pages) {
                    if (get(client, base + page, language) == 200) {
                        rendered++;
                    } else {
                        failed++;
                    }
                }
                if (failed > MAX_FAILED) {
                    LOG.warning(() -> "Warm-up stopped: more than " + MAX_FAILED + " renders failed at " + base);
                    break;
                }
            }
        }
        long tookMs = Duration.ofNanos(System.nanoTime() - started).toMillis();
        int renderedInAll = rendered;
        LOG.info(() -> "Warm-up: " + renderedInAll + " renders of the anonymous pages in " + tookMs + " ms");
        warmed.fire(new PagesWarmed(rendered, failed));
    }

    /**
     * The pages that answer 200 once the deployment answers at all; a page that answers otherwise (the
     * sign-in page redirects to the identity provider with single sign-on) is left out. Null if the node
     * never answers, with a warning that names the setting to correct.
     */
    private List<String> readyPages(HttpClient client, String base) {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        int status = -1;
        while (System.nanoTime() < deadline) {
            status = get(client, base + PAGES.get(0), "fr");
            if (inService(status)) {
                break;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        if (!inService(status)) {
            int last = status;
            LOG.warning(() -> "Warm-up skipped: " + base + " did not answer (" + (last < 0 ? "no connection" : last)
                    + "); set sesame.warm-up.url to where this node reaches its own HTTP listener, or "
                    + "sesame.warm-up.renders=0");
            return null;
        }
        List<String> pages = new ArrayList<>();
        for (String page : PAGES) {
            if (get(client, base + page, "fr") == 200) {
                pages.add(page);
            }
        }
        return pages;
    }

    /** Whether the deployment answered: WildFly says 404 or 503 while it is not in service yet. */
    private static boolean inService(int status) {
        return status > 0 && status != 404 && status != 503;
    }

    /** The page's status, or -1 when it could not be asked. */
    private static int get(HttpClient client, String url, String language) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30))
                    .header("Accept-Language", language)
                    .build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            LOG.log(Level.FINE, e, () -> "Warm-up request to " + url + " failed");
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
