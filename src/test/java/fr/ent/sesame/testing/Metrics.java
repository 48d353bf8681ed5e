package fr.ent.sesame.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Prometheus scrapes from the test server: {@code /prometheus} on the management port, read as a map from
 * each series (name and labels, as written) to its value.
 */
public final class Metrics {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*(?:\\{[^}]*\\})?) (\\S+)$");

    private final Map<String, Double> series;

    private Metrics(Map<String, Double> series) {
        this.series = series;
    }

    public static Metrics scrape() {
        return scrape(Integer.parseInt(System.getProperty("sesame.it.managementPort", "10190")));
    }

    /** The metrics of the server whose management interface listens on this port (a cluster node's, say). */
    public static Metrics scrape(int managementPort) {
        String url = "http://localhost:" + managementPort + "/prometheus";
        try {
            HttpResponse<String> response = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError(url + " answered " + response.statusCode() + ": " + response.body());
            }
            Map<String, Double> series = new HashMap<>();
            for (String line : response.body().split("\n")) {
                Matcher sample = SAMPLE.matcher(line);
                if (!line.startsWith("#") && sample.matches()) {
                    series.put(sample.group(1), Double.valueOf(sample.group(2)));
                }
            }
            return new Metrics(series);
        } catch (IOException e) {
            throw new AssertionError("could not scrape " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A counter of security events, 0 when it has not been counted yet. */
    public double securityEvents(String type, String outcome) {
        return value("sesame_security_events_total{WF_DEPLOYMENT=\"sesame.war\",outcome=\"" + outcome + "\",type=\""
                + type + "\"}");
    }

    /** Every security-event series, for comparing two scrapes as a whole. */
    public Map<String, Double> allSecurityEvents() {
        Map<String, Double> events = new HashMap<>();
        series.forEach((name, value) -> {
            if (name.startsWith("sesame_security_events_total{")) {
                events.put(name, value);
            }
        });
        return events;
    }

    /** Sésame's series without labels other than the deployment's, e.g. {@code sesame_hashing_busy_total}. */
    public double sesame(String name) {
        return value(name + "{WF_DEPLOYMENT=\"sesame.war\"}");
    }

    public double value(String seriesAsWritten) {
        return series.getOrDefault(seriesAsWritten, 0.0);
    }

    public boolean has(String seriesAsWritten) {
        return series.containsKey(seriesAsWritten);
    }
}
