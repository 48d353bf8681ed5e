package fr.ent.sesame.testing;

import java.io.IOException;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;

/**
 * Changes a setting on the running server the way an admin does in an emergency: a system property,
 * which wins over the config source and is seen at the next request, without reload.
 */
public final class ServerSettings {

    private ServerSettings() {}

    /**
     * Sets {@code name} to {@code value} until the returned handle is closed, which puts back the value the
     * server had (a {@code -D} of its command line, say) or none.
     */
    public static AutoCloseable override(ManagementClient management, String name, String value) throws IOException {
        String before = runningValue(management, name);
        execute(management, "add", name, value);
        return () -> {
            execute(management, "remove", name, null);
            if (before != null) {
                execute(management, "add", name, before);
            }
        };
    }

    /** The system property as the server's JVM has it now, or null. */
    private static String runningValue(ManagementClient management, String name) throws IOException {
        ModelNode op = new ModelNode();
        op.get("operation").set("read-attribute");
        op.get("address").add("core-service", "platform-mbean").add("type", "runtime");
        op.get("name").set("system-properties");
        ModelNode result = management.getControllerClient().execute(op);
        ModelNode properties = result.get("result");
        return properties.hasDefined(name) ? properties.get(name).asString() : null;
    }

    private static void execute(ManagementClient management, String operation, String name, String value)
            throws IOException {
        ModelNode op = new ModelNode();
        op.get("operation").set(operation);
        op.get("address").add("system-property", name);
        if (value != null) {
            op.get("value").set(value);
        }
        ModelNode result = management.getControllerClient().execute(op);
        if (!"success".equals(result.get("outcome").asString())) {
            throw new IllegalStateException(operation + " " + name + ": " + result);
        }
    }
}
