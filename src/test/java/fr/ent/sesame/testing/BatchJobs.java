package fr.ent.sesame.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;

/**
 * Starts and watches the import job the ways an admin does: the management operations the console calls,
 * or the jboss-cli script of the provisioned server.
 */
public final class BatchJobs {

    /** How a run ended, as the console shows it. */
    public record Outcome(String batchStatus, String exitStatus) {}

    private static final String JOB = "sesame-import";

    private BatchJobs() {}

    /** Starts the job through the management API (what the console's Batch page calls). */
    public static long start(ManagementClient management, Path file) throws IOException {
        ModelNode op = new ModelNode();
        op.get("operation").set("start-job");
        op.get("address").add("deployment", "sesame.war").add("subsystem", "batch-jberet");
        op.get("job-xml-name").set(JOB);
        op.get("properties").get("file").set(file.toString());
        return success(management.getControllerClient().execute(op)).asLong();
    }

    /** Starts the job with jboss-cli, as docs/administering.md tells an admin to; returns the execution id it prints. */
    public static long startWithCli(Path file) throws IOException, InterruptedException {
        Path cli = Path.of(System.getProperty("sesame.it.serverDir"), "bin", "jboss-cli.sh");
        Process process = new ProcessBuilder(List.of(
                        cli.toString(),
                        "--connect",
                        "--controller=localhost:" + System.getProperty("sesame.it.managementPort", "10190"),
                        "--command=/deployment=sesame.war/subsystem=batch-jberet:start-job(job-xml-name=" + JOB
                                + ", properties={file=" + file + "})"))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jboss-cli failed: " + output);
        }
        Matcher result = Pattern.compile("\"result\" => (\\d+)L?").matcher(output);
        if (!result.find()) {
            throw new IllegalStateException("no execution id in: " + output);
        }
        return Long.parseLong(result.group(1));
    }

    /** Waits until the run has ended and returns its outcome as the console reads it. */
    public static Outcome awaitEnd(ManagementClient management, long execution)
            throws IOException, InterruptedException {
        return awaitEnd(management, execution, progress -> {});
    }

    /** The same, handing every exit status seen while the run is under way (its progress) to {@code progress}. */
    public static Outcome awaitEnd(
            ManagementClient management, long execution, java.util.function.Consumer<String> progress)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (true) {
            ModelNode op = new ModelNode();
            op.get("operation").set("read-resource");
            op.get("include-runtime").set(true);
            op.get("address")
                    .add("deployment", "sesame.war")
                    .add("subsystem", "batch-jberet")
                    .add("job", JOB)
                    .add("execution", Long.toString(execution));
            ModelNode answer = management.getControllerClient().execute(op);
            // The console lists an execution a moment after it started: not found yet means not ended yet.
            String status = "success".equals(answer.get("outcome").asString())
                    ? answer.get("result").get("batch-status").asString()
                    : "STARTING";
            if (!List.of("STARTING", "STARTED", "STOPPING").contains(status)) {
                return new Outcome(
                        status, answer.get("result").get("exit-status").asString());
            }
            if (answer.get("result").hasDefined("exit-status")) {
                progress.accept(answer.get("result").get("exit-status").asString());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("execution " + execution + " still " + status);
            }
            Thread.sleep(200);
        }
    }

    private static ModelNode success(ModelNode answer) {
        if (!"success".equals(answer.get("outcome").asString())) {
            throw new IllegalStateException(answer.toString());
        }
        return answer.get("result");
    }
}
