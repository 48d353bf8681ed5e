package fr.ent.sesame.password;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.nulabinc.zxcvbn.Zxcvbn;

/** zxcvbn's estimate of how hard a password is to guess: 0 (trivial) to 4 (very strong). */
@ApplicationScoped
public class PasswordStrength {

    private final Zxcvbn estimator = new Zxcvbn();

    public int score(String password, List<String> personalWords) {
        if (password == null || password.isEmpty()) {
            return 0;
        }
        // zxcvbn's cost grows with length; past 100 characters the answer is "very strong" anyway.
        String measured = password.length() > 100 ? password.substring(0, 100) : password;
        return estimator.measure(measured, personalWords).getScore();
    }
}
