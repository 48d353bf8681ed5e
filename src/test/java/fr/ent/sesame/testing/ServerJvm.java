package fr.ent.sesame.testing;

import java.io.IOException;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;

/** What the test server's JVM says of itself, read through WildFly's platform MBeans as an admin would. */
public final class ServerJvm {

    private ServerJvm() {}

    /** Direct buffers the JVM holds, freed by a collection or not yet. */
    public static long directBuffers(ManagementClient management) throws IOException {
        ModelNode op = operation("read-attribute", "buffer-pool");
        op.get("address").add("name", "direct");
        op.get("name").set("count");
        return read(management, op).asLong();
    }

    /** Garbage collections since the server started, all collectors together. */
    public static long collections(ManagementClient management) throws IOException {
        ModelNode op = operation("read-children-resources", "garbage-collector");
        op.get("child-type").set("name");
        op.get("include-runtime").set(true);
        return read(management, op).asPropertyList().stream()
                .mapToLong(collector ->
                        collector.getValue().get("collection-count").asLong())
                .sum();
    }

    private static ModelNode operation(String operation, String type) {
        ModelNode op = new ModelNode();
        op.get("operation").set(operation);
        op.get("address").add("core-service", "platform-mbean").add("type", type);
        return op;
    }

    private static ModelNode read(ManagementClient management, ModelNode op) throws IOException {
        ModelNode answer = management.getControllerClient().execute(op);
        if (!"success".equals(answer.get("outcome").asString())) {
            throw new IllegalStateException(op + " -> " + answer);
        }
        return answer.get("result");
    }
}
