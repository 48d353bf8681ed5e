package fr.ent.sesame.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/**
 * One WildFly node of the test cluster: the provisioned server (with web-clustering) started on a copy of its
 * {@code standalone} directory, under its own node name, transaction node id and port offset.
 */
public final class ClusterNode implements AutoCloseable {

    private final String name;
    private final int portOffset;
    private final Path baseDir;
    private Process process;

    public ClusterNode(String name, int portOffset) {
        this.name = name;
        this.portOffset = portOffset;
        this.baseDir = Path.of("target", "cluster", name).toAbsolutePath();
    }

    public String baseUrl() {
        return "http://localhost:" + (8080 + portOffset) + "/sesame";
    }

    public int managementPort() {
        return 9990 + portOffset;
    }

    /** Rounds of this node's outbox sender so far (its metric). */
    public double senderRounds() {
        return Metrics.scrape(managementPort()).sesame("sesame_outbox_sender_rounds_total");
    }

    /** Starts the node; {@code publicUrl} is what its mails link to (the load balancer's address in real life). */
    public void start(String publicUrl, int smtpPort) throws IOException {
        Path server = Path.of(System.getProperty("sesame.it.serverDir"));
        deleteTree(baseDir);
        copy(server.resolve("standalone"), baseDir);
        List<String> command = new ArrayList<>(List.of(
                server.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + baseDir,
                "-Djboss.node.name=" + name,
                "-Djboss.tx.node.id=" + name,
                "-Djboss.socket.binding.port-offset=" + portOffset,
                "-Djboss.bind.address.private=127.0.0.1",
                "-Djava.net.preferIPv4Stack=true",
                "-Dsesame.demo.enabled=true",
                "-Dsesame.warm-up.renders=3",
                "-Dsesame.smtp.port=" + smtpPort,
                "-Dsesame.db.url=" + System.getProperty("sesame.it.dbUrl"),
                "-Dsesame.public-url=" + publicUrl));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(baseDir.resolve("console.log").toFile());
        builder.environment().put("JAVA_OPTS", "-Xms256m -Xmx768m");
        process = builder.start();
        awaitRunning();
    }

    /** Deploys the build's WAR through the management API, as an admin does from the console. */
    public void deploy() throws IOException {
        ModelNode op = new ModelNode();
        op.get("operation").set("add");
        op.get("address").add("deployment", "sesame.war");
        op.get("enabled").set(true);
        op.get("content")
                .add()
                .get("url")
                .set(Path.of(System.getProperty("sesame.it.war")).toUri().toString());
        execute(op);
    }

    /** What {@code kill -9} does: the node and its JVM vanish at once, nothing is shut down cleanly. */
    public void killHard() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.descendants().forEach(child -> child.onExit().join());
            process.onExit().join();
            process = null;
        }
    }

    @Override
    public void close() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                process.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception stuck) {
                killHard();
            }
            process = null;
        }
    }

    private void awaitRunning() throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        name + " stopped while starting: see " + baseDir.resolve("console.log"));
            }
            try (ModelControllerClient client = client()) {
                ModelNode op = new ModelNode();
                op.get("operation").set("read-attribute");
                op.get("name").set("server-state");
                ModelNode answer = client.execute(op);
                if ("running".equals(answer.get("result").asString())) {
                    return;
                }
            } catch (IOException notYet) {
                // the management interface is not listening yet
            }
            sleep(500);
        }
        throw new IllegalStateException(
                name + " did not start within 3 minutes: see " + baseDir.resolve("console.log"));
    }

    private void execute(ModelNode op) throws IOException {
        try (ModelControllerClient client = client()) {
            ModelNode answer = client.execute(op);
            if (!"success".equals(answer.get("outcome").asString())) {
                throw new IllegalStateException(name + ": " + op + " -> " + answer);
            }
        }
    }

    private ModelControllerClient client() throws IOException {
        return ModelControllerClient.Factory.create("localhost", 9990 + portOffset);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> tree = Files.walk(from)) {
            for (Path source : tree.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> tree = Files.walk(root)) {
                for (Path path :
                        tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
