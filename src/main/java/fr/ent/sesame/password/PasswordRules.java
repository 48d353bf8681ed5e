package fr.ent.sesame.password;

import fr.ent.sesame.settings.Settings;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Today's {@link PasswordPolicy}, built from the settings. The words a guesser tries first are the common
 * passwords (the built-in list, or the site's file) and the French word lists; they are read once per file.
 */
@ApplicationScoped
public class PasswordRules {

    @Inject
    Settings settings;

    @Inject
    PasswordStrength strength;

    @Resource
    ManagedExecutorService executor;

    private volatile Optional<Path> loadedFrom;
    private volatile Set<String> guessedFirst;

    /**
     * Reads the lists and builds zxcvbn (about 2.7 s, docs/performance.md) in the background as the
     * application starts, rather than in the first request that shows the password rules.
     */
    void warmUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
        executor.submit(() -> current().check("warm-up", new PasswordPolicy.Person(null, null, null, null)));
    }

    public PasswordPolicy current() {
        return new PasswordPolicy(
                settings.passwordMinLength(),
                settings.passwordMaxLength(),
                guessedFirst(),
                settings.passwordContextWords(),
                settings.passwordMinStrength(),
                strength);
    }

    private Set<String> guessedFirst() {
        Optional<Path> file = settings.passwordBlocklistFile();
        if (guessedFirst == null || !file.equals(loadedFrom)) {
            Set<String> words = new HashSet<>(
                    file.map(PasswordRules::readFile).orElseGet(() -> WordLists.read(WordLists.List.COMMON_PASSWORDS)));
            for (WordLists.List list : WordLists.List.values()) {
                if (list != WordLists.List.COMMON_PASSWORDS) {
                    words.addAll(WordLists.read(list));
                }
            }
            guessedFirst = Set.copyOf(words);
            loadedFrom = file;
        }
        return guessedFirst;
    }

    private static java.util.List<String> readFile(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return WordLists.read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read sesame.password.blocklist-file " + file, e);
        }
    }
}
