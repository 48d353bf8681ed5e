package fr.ent.sesame.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Every setting the application reads has a default, and the admin documentation (the README, or a page of
 * docs/ for a whole subject such as the directory) tells admins about it with that default.
 */
class SettingsDocumentedTest {

    @Test
    void everySetting_isInTheReadme_withItsDefault() throws IOException {
        Properties defaults = defaults();
        StringBuilder docs = new StringBuilder(Files.readString(Path.of("README.md")));
        try (var pages = Files.list(Path.of("docs"))) {
            for (Path page :
                    pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                docs.append(Files.readString(page));
            }
        }
        // A | inside a table cell is written \| in Markdown.
        String readme = docs.toString().replace("\\|", "|");

        List<String> missing = defaults.stringPropertyNames().stream()
                .filter(name -> !readme.contains("| `" + name + "` | `" + defaults.getProperty(name) + "` |"))
                .sorted()
                .toList();

        assertEquals(List.of(), missing, "settings missing from the documentation's tables, or with another default");
    }

    @Test
    void everySettingReadInCode_hasADefault() throws IOException {
        Properties defaults = defaults();
        String code = Files.readString(Path.of("src/main/java/fr/ent/sesame/settings/Settings.java"));

        List<String> undefined = java.util.regex.Pattern.compile("\"(sesame\\.[a-z0-9.-]+)\"")
                .matcher(code)
                .results()
                .map(m -> m.group(1))
                .filter(name -> !defaults.containsKey(name))
                .toList();

        assertEquals(List.of(), undefined);
    }

    @Test
    void demo_isOffByDefault() throws IOException {
        assertEquals("false", defaults().getProperty("sesame.demo.enabled"));
        assertTrue(
                !Files.readString(Path.of("wildfly-config/configure.cli")).contains("sesame.demo"),
                "the production configuration never turns the demo on");
    }

    private static Properties defaults() throws IOException {
        Properties defaults = new Properties();
        try (InputStream in =
                Files.newInputStream(Path.of("src/main/resources/META-INF/microprofile-config.properties"))) {
            defaults.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return defaults;
    }
}
