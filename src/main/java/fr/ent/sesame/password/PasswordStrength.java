package fr.ent.sesame.password;

import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.StandardKeyboards;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.ZxcvbnBuilder;
import com.nulabinc.zxcvbn.matchers.Dictionary;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * zxcvbn's estimate of how hard a password is to guess: 0 (trivial) to 4 (very strong). zxcvbn4j knows
 * English words only; the French lists of zxcvbn-ts ({@code password/README.md}) are added, so
 * « soleilcouchant » counts as two common words, not as random letters. Built once, on first use.
 */
@ApplicationScoped
public class PasswordStrength implements PasswordPolicy.Estimator {

    private volatile Zxcvbn estimator;

    @Override
    public int score(String password, List<String> personalWords) {
        if (password == null || password.isEmpty()) {
            return 0;
        }
        // zxcvbn's cost grows with length; past 100 characters the answer is "very strong" anyway.
        String measured = password.length() > 100 ? password.substring(0, 100) : password;
        return estimator().measure(measured, personalWords).getScore();
    }

    private Zxcvbn estimator() {
        Zxcvbn built = estimator;
        if (built == null) {
            synchronized (this) {
                if (estimator == null) {
                    estimator = build();
                }
                built = estimator;
            }
        }
        return built;
    }

    private static Zxcvbn build() {
        try {
            List<Dictionary> dictionaries = new ArrayList<>(StandardDictionaries.loadAllDictionaries());
            for (WordLists.List list : WordLists.List.values()) {
                dictionaries.add(new Dictionary(list.name().toLowerCase(java.util.Locale.ROOT), WordLists.read(list)));
            }
            return new ZxcvbnBuilder()
                    .dictionaries(dictionaries)
                    .keyboards(StandardKeyboards.loadAllKeyboards())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
