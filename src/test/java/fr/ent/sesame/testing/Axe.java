package fr.ent.sesame.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (the script bundled in {@code com.deque.html.axe-core:selenium}) run in the test browser on the
 * page it shows, limited to WCAG 2.1 A and AA, the level RGAA 4.1 asks of French public bodies.
 */
public final class Axe {

    private static final String SCRIPT = read();

    private Axe() {}

    /** One line per violation and element: rule, impact, the element's selector and what axe says. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(SCRIPT);
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(function (r) { done(r.violations.map(function (v) { return {id: v.id, impact: v.impact,"
                + " nodes: v.nodes.map(function (n) { return n.target.join(' ') + ' — ' + n.failureSummary; })}; })); })"
                + ".catch(function (e) { done([{id: 'axe-error', impact: 'critical', nodes: [String(e)]}]); });");
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> violation : (List<Map<String, Object>>) result) {
            for (Object node : (List<Object>) violation.get("nodes")) {
                lines.add(violation.get("id") + " (" + violation.get("impact") + ") " + node);
            }
        }
        return lines;
    }

    private static String read() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException(
                        "axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
