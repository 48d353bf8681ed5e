package fr.ent.sesame.password;

import fr.ent.sesame.kernel.Secrets;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The word lists shipped in {@code src/main/resources/password/} (their source and licence: README.md there). */
final class WordLists {

    /** Each list, in rank order (most frequent first), as zxcvbn wants them. */
    enum List {
        COMMON_PASSWORDS("common-passwords.txt"),
        FR_COMMON_WORDS("fr-common-words.txt"),
        FR_WIKIPEDIA("fr-wikipedia.txt"),
        FR_FIRST_NAMES("fr-first-names.txt"),
        FR_LAST_NAMES("fr-last-names.txt");

        private final String file;

        List(String file) {
            this.file = file;
        }
    }

    private WordLists() {}

    /** The list's entries, folded (lower case, no accents), comments and blank lines left out. */
    static java.util.List<String> read(List list) {
        try (InputStream in = WordLists.class.getResourceAsStream("/password/" + list.file)) {
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static java.util.List<String> read(BufferedReader reader) {
        return reader.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(Secrets::fold)
                .distinct()
                .toList();
    }
}
