package fr.ent.sesame.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ent.sesame.testing.DemoAccountGuard;
import fr.ent.sesame.testing.FacesForm;
import fr.ent.sesame.testing.Http;
import fr.ent.sesame.testing.SesameDeployment;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * wildfly-config/json-logs.cli run against the running server as IT runs it: audit and server log lines
 * become JSON objects a collector parses, with the audit event's fields as keys and never a secret.
 */
@ExtendWith(ArquillianExtension.class)
class JsonLogsIT {

    private static final Path LOGS = Path.of(System.getProperty("sesame.it.serverDir"), "standalone", "log");
    private static final String PASSWORD = "Tilleul-Ecorce-42";
    private static final String WRONG = "Pas-Le-Bon-Mot-De-Passe-77";

    @org.jboss.arquillian.test.api.ArquillianResource
    ManagementClient management;

    /** In ldap mode the wrong password also counts in slapd's password policy: put jdupont back. */
    @org.junit.jupiter.api.extension.RegisterExtension
    DemoAccountGuard jdupont = new DemoAccountGuard("jdupont");

    @Deployment(testable = false)
    static WebArchive sesame() {
        return SesameDeployment.war();
    }

    @Test
    void withJsonLogs_eachAuditLineIsAnObject_withTheEventsFieldsAsKeys_andNoSecret() throws Exception {
        runJsonLogsScript();
        try {
            long auditMark = Files.size(LOGS.resolve("sesame-audit.log"));
            long serverMark = Files.size(LOGS.resolve("server.log"));

            assertEquals(200, FacesForm.signIn(new Http(), "jdupont", WRONG).statusCode());
            assertEquals(302, FacesForm.signIn(new Http(), "jdupont", PASSWORD).statusCode());

            List<ModelNode> audit = jsonLinesSince(LOGS.resolve("sesame-audit.log"), auditMark);
            ModelNode failure = signIn(audit, "FAILURE");
            ModelNode success = signIn(audit, "SUCCESS");
            for (ModelNode line : List.of(failure, success)) {
                ModelNode fields = line.get("mdc");
                assertEquals(16, fields.get("audit.subject").asString().length(), "the identifier only as a hash");
                assertTrue(
                        fields.hasDefined("audit.client") && fields.hasDefined("audit.node"), line.toJSONString(true));
                assertEquals("sesame", line.get("application").asString(), "the formatter's meta-data");
                assertEquals("sesame.audit", line.get("loggerName").asString());
            }
            assertEquals("visitor", failure.get("mdc", "audit.actor").asString(), failure.toJSONString(true));
            assertEquals("person:jdupont", success.get("mdc", "audit.actor").asString(), success.toJSONString(true));
            assertFalse(success.get("mdc", "audit.account").asString().equals("-"), "a known account is named");

            // The audit category also reaches the server log (parent handlers): JSON there too.
            List<ModelNode> server = jsonLinesSince(LOGS.resolve("server.log"), serverMark);
            assertTrue(
                    server.stream()
                            .anyMatch(line ->
                                    "sesame.audit".equals(line.get("loggerName").asString())),
                    server.toString());
        } finally {
            putBackPatternLogs();
        }
    }

    private static ModelNode signIn(List<ModelNode> lines, String outcome) {
        return lines.stream()
                .filter(line -> "SIGN_IN".equals(line.get("mdc", "audit.type").asString())
                        && outcome.equals(line.get("mdc", "audit.outcome").asString()))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no SIGN_IN " + outcome + " line in " + lines));
    }

    /** Every line written since the mark, each parsed as one JSON object; none may hold a password. */
    private static List<ModelNode> jsonLinesSince(Path file, long mark) throws IOException {
        try (RandomAccessFile log = new RandomAccessFile(file.toFile(), "r")) {
            byte[] written = new byte[(int) Math.max(0, log.length() - mark)];
            log.seek(mark);
            log.readFully(written);
            String text = new String(written, StandardCharsets.UTF_8);
            assertFalse(text.contains(WRONG) || text.contains(PASSWORD), "no password in " + file.getFileName());
            return Arrays.stream(text.split("\n"))
                    .filter(line -> !line.isBlank())
                    .map(line -> {
                        assertTrue(line.startsWith("{") && line.endsWith("}"), "one JSON object a line: " + line);
                        return ModelNode.fromJSONString(line);
                    })
                    .toList();
        }
    }

    /** As IT runs it: jboss-cli connected to the server, the script file as it is in the repository. */
    private static void runJsonLogsScript() throws IOException, InterruptedException {
        Path cli = Path.of(System.getProperty("sesame.it.serverDir"), "bin", "jboss-cli.sh");
        Process process = new ProcessBuilder(List.of(
                        cli.toString(),
                        "--connect",
                        "--controller=localhost:" + System.getProperty("sesame.it.managementPort", "10190"),
                        "--file=" + Path.of("wildfly-config/json-logs.cli").toAbsolutePath()))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
    }

    /** The other tests read the logs as text: back to the PATTERN formatter configure.cli left. */
    private void putBackPatternLogs() throws IOException {
        for (String handler : List.of("SESAME_AUDIT", "FILE")) {
            ModelNode op = new ModelNode();
            op.get("operation").set("write-attribute");
            op.get("address").add("subsystem", "logging").add("periodic-rotating-file-handler", handler);
            op.get("name").set("named-formatter");
            op.get("value").set("PATTERN");
            assertEquals(
                    "success",
                    management.getControllerClient().execute(op).get("outcome").asString());
        }
        ModelNode remove = new ModelNode();
        remove.get("operation").set("remove");
        remove.get("address").add("subsystem", "logging").add("json-formatter", "SESAME_JSON");
        assertEquals(
                "success",
                management.getControllerClient().execute(remove).get("outcome").asString());
    }
}
