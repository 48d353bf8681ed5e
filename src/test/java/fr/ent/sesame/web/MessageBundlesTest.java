package fr.ent.sesame.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The two languages' texts: the same keys, and texts with placeholders that MessageFormat reads as written. */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*}");
    /** An apostrophe alone: MessageFormat takes it for a quote and drops it with what follows it up to the next one. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void frenchAndEnglish_haveTheSameKeys() throws IOException {
        assertEquals(
                new TreeSet<>(bundle("fr").stringPropertyNames()),
                new TreeSet<>(bundle("en").stringPropertyNames()));
    }

    @Test
    void textsWithPlaceholders_doubleTheirApostrophes() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String language : List.of("fr", "en")) {
            Properties texts = bundle(language);
            for (String key : new TreeSet<>(texts.stringPropertyNames())) {
                String text = texts.getProperty(key);
                if (PLACEHOLDER.matcher(text).find()
                        && LONE_APOSTROPHE.matcher(text).find()) {
                    wrong.add(language + ": " + key);
                }
            }
        }
        assertEquals(List.of(), wrong, "write '' for an apostrophe in a text with {0}");
    }

    private static Properties bundle(String language) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/messages_" + language + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
