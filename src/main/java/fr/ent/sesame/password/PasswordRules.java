package fr.ent.sesame.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.ent.sesame.kernel.Secrets;
import fr.ent.sesame.settings.Settings;

/** Today's {@link PasswordPolicy}, built from the settings; the common-password list is read once per file. */
@ApplicationScoped
public class PasswordRules {

    @Inject
    Settings settings;

    private volatile Optional<Path> loadedFrom;
    private volatile Set<String> commonPasswords;

    public PasswordPolicy current() {
        return new PasswordPolicy(settings.passwordMinLength(), settings.passwordMaxLength(), commonPasswords());
    }

    private Set<String> commonPasswords() {
        Optional<Path> file = settings.passwordBlocklistFile();
        if (commonPasswords == null || !file.equals(loadedFrom)) {
            commonPasswords = file.map(PasswordRules::readFile).orElseGet(PasswordRules::readBuiltIn);
            loadedFrom = file;
        }
        return commonPasswords;
    }

    private static Set<String> readBuiltIn() {
        try (InputStream in = PasswordRules.class.getResourceAsStream("/password/common-passwords.txt")) {
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> readFile(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read sesame.password.blocklist-file " + file, e);
        }
    }

    private static Set<String> read(BufferedReader reader) {
        return reader.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(Secrets::fold)
                .collect(Collectors.toUnmodifiableSet());
    }
}
