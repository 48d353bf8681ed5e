package fr.ent.sesame.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;

/**
 * Every {@code sesame.*} setting as this node sees it now, with where its value comes from, secrets masked:
 * logged once at start ({@link SettingsCheck}) and shown to the support desk (/support/reglages.xhtml).
 */
@ApplicationScoped
public class SettingsInEffect {

    static final String MASK = "****";

    @Inject
    Config config;

    /** One setting: its name, its value (masked when secret) and the config source that gave it. */
    public record Setting(String name, String value, String source) {}

    public List<Setting> list() {
        // The config's names are read when it is built; a system property an admin adds later (the urgent
        // override) is seen by getValue at once, so its name is added here for the list to show it.
        return Stream.concat(
                        StreamSupport.stream(config.getPropertyNames().spliterator(), false),
                        System.getProperties().stringPropertyNames().stream())
                .filter(name -> name.startsWith("sesame."))
                .distinct()
                .sorted()
                .map(this::setting)
                .toList();
    }

    private Setting setting(String name) {
        ConfigValue value = config.getConfigValue(name);
        String text = value.getValue() == null ? "" : value.getValue();
        return new Setting(name, secret(name, text) ? MASK : text, sourceOf(value));
    }

    /** Passwords, secrets and credentials by name, and any value that carries a password (a JDBC URL's, say). */
    static boolean secret(String name, String value) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith("password")
                || lower.contains("secret")
                || lower.contains("credential")
                || value.toLowerCase(Locale.ROOT).contains("password=");
    }

    /** Where an admin changes it: the WAR's defaults, the server's config source (console) or a system property. */
    private static String sourceOf(ConfigValue value) {
        String source = value.getSourceName();
        if (source == null) {
            return "";
        }
        if (source.contains("microprofile-config.properties")) {
            return "default";
        }
        if (source.toLowerCase(Locale.ROOT).contains("systemproperties") || source.contains("SysPropConfigSource")) {
            return "system-property";
        }
        return source;
    }
}
