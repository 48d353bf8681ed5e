package fr.ent.sesame.memberimport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ent.sesame.testing.BatchJobs;
import fr.ent.sesame.testing.SesameDeployment;
import fr.ent.sesame.testing.TestDatabase;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test: a measurement, run with {@code ./mvnw verify -Pbenchmark} (H2) or {@code -Pbenchmark,postgresql}.
 * Imports 100,000 generated members, then the same file again (nothing to write), and prints rows per
 * second and the server's peak heap for each run. Nothing here has a time limit.
 */
@ExtendWith(ArquillianExtension.class)
class ImportBenchmark {

    private static final int ROWS = Integer.getInteger("sesame.benchmark.rows", 100_000);

    @ArquillianResource
    ManagementClient management;

    @TempDir
    Path files;

    @Deployment(testable = false)
    static WebArchive sesame() {
        return SesameDeployment.war();
    }

    @AfterEach
    void removeGeneratedMembers() {
        TestDatabase.update("delete from account where identifier like 'bench.%'");
    }

    @Test
    void import100kMembers() throws Exception {
        Path csv = generate(files.resolve("members.csv"));
        System.out.printf(
                "%n== sesame-import benchmark: %,d rows, database %s%n", ROWS, System.getProperty("sesame.it.dbUrl"));
        measure(
                "first run (all created)",
                csv,
                ROWS + " rows: " + ROWS + " created, 0 updated, 0 unchanged, 0 rejected");
        measure(
                "second run (all unchanged)",
                csv,
                ROWS + " rows: 0 created, 0 updated, " + ROWS + " unchanged, 0 rejected");
    }

    private void measure(String label, Path csv, String expectedOutcome) throws Exception {
        resetPeakHeap();
        long started = System.nanoTime();
        List<String> progress = new ArrayList<>();
        BatchJobs.Outcome outcome = BatchJobs.awaitEnd(management, BatchJobs.start(management, csv), progress::add);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(expectedOutcome, outcome.exitStatus());
        System.out.printf(
                "%-28s %6.1f s  %,8.0f rows/s  peak heap %,d MiB%n",
                label, took.toMillis() / 1000.0, ROWS / (took.toMillis() / 1000.0), peakHeap() / (1024 * 1024));
        System.out.printf(
                "   progress seen in the console's exit status: %d readings, e.g. \"%s\"%n",
                progress.size(), progress.isEmpty() ? "" : progress.get(progress.size() / 2));
    }

    private Path generate(Path file) throws IOException {
        LocalDate first = LocalDate.of(1950, 1, 1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("identifier;last_name;first_name;birth_date;student_number;ine;staff_number;kind;state\n");
            for (int i = 0; i < ROWS; i++) {
                boolean staff = i % 10 == 0;
                out.write(String.format(
                        "bench.%06d;Nom-%d;Prénom-%d;%s;%s;%s;%s;%s;active%n",
                        i,
                        i,
                        i,
                        first.plusDays(i % 20_000),
                        staff ? "" : "B" + i,
                        staff ? "" : String.format("B%010d", i),
                        staff ? "BE" + i : "",
                        i % 50 == 0 ? "temporary" : "regular"));
            }
        }
        return file;
    }

    private List<String> heapPools() throws IOException {
        ModelNode op = new ModelNode();
        op.get("operation").set("read-children-resources");
        op.get("child-type").set("name");
        op.get("include-runtime").set(true);
        op.get("address").add("core-service", "platform-mbean").add("type", "memory-pool");
        ModelNode answer = management.getControllerClient().execute(op);
        if (!"success".equals(answer.get("outcome").asString())) {
            throw new IllegalStateException(answer.toString());
        }
        ModelNode pools = answer.get("result");
        List<String> heap = new ArrayList<>();
        for (String name : pools.keys()) {
            if ("HEAP".equals(pools.get(name).get("type").asString())) {
                heap.add(name);
            }
        }
        return heap;
    }

    /** A full GC on the server, then every heap pool's peak set back to what it holds now. */
    private void resetPeakHeap() throws IOException {
        ModelNode gc = new ModelNode();
        gc.get("operation").set("gc");
        gc.get("address").add("core-service", "platform-mbean").add("type", "memory");
        execute(gc);
        for (String pool : heapPools()) {
            ModelNode op = new ModelNode();
            op.get("operation").set("reset-peak-usage");
            op.get("address")
                    .add("core-service", "platform-mbean")
                    .add("type", "memory-pool")
                    .add("name", pool);
            execute(op);
        }
    }

    private void execute(ModelNode op) throws IOException {
        ModelNode answer = management.getControllerClient().execute(op);
        if (!"success".equals(answer.get("outcome").asString())) {
            throw new IllegalStateException(op + " -> " + answer);
        }
    }

    private long peakHeap() throws IOException {
        long peak = 0;
        for (String pool : heapPools()) {
            ModelNode op = new ModelNode();
            op.get("operation").set("read-attribute");
            op.get("name").set("peak-usage");
            op.get("address")
                    .add("core-service", "platform-mbean")
                    .add("type", "memory-pool")
                    .add("name", pool);
            peak += management
                    .getControllerClient()
                    .execute(op)
                    .get("result")
                    .get("used")
                    .asLong();
        }
        return peak;
    }
}
