package fr.ent.sesame.question;

import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.ent.sesame.directory.Account;
import fr.ent.sesame.kernel.Secrets;
import fr.ent.sesame.settings.Settings;

/**
 * What makes a secret question and its answer acceptable. The answer is kept in its NFKC, trimmed form
 * ({@link Secrets#answerForm}), which is the form procedure 1 compares, so it must be typed the same way later.
 */
@ApplicationScoped
public class SecretAnswers {

    private static final Set<String> GUESSABLE = Set.of("oui", "non", "yes", "no", "aucun", "aucune", "none", "rien",
            "nothing", "test", "azerty", "qwerty", "1234", "12345", "123456", "0000", "secret", "reponse", "réponse",
            "answer", "je ne sais pas", "jsp", "idk");

    @Inject
    Settings settings;

    /** The answer as it will be hashed, once the question is one of the list and the answer is usable for this account. */
    public String accepted(String questionId, String answer, String confirmation, Account account) {
        if (questionId == null || !settings.questionIds().contains(questionId)) {
            throw new AnswerRejected(AnswerRejected.Reason.UNKNOWN_QUESTION);
        }
        String normalised = Secrets.answerForm(answer);
        int length = normalised.codePointCount(0, normalised.length());
        String lower = normalised.toLowerCase(Locale.ROOT);
        if (normalised.isEmpty()) {
            throw new AnswerRejected(AnswerRejected.Reason.EMPTY);
        }
        if (length < settings.answerMinLength()) {
            throw new AnswerRejected(AnswerRejected.Reason.TOO_SHORT);
        }
        if (length > Secrets.LONGEST_ANSWER) {
            throw new AnswerRejected(AnswerRejected.Reason.TOO_LONG);
        }
        if (lower.equals(account.identifier())) {
            throw new AnswerRejected(AnswerRejected.Reason.IS_IDENTIFIER);
        }
        if (GUESSABLE.contains(lower) || lower.chars().distinct().count() == 1
                || lower.equals(account.firstName().toLowerCase(Locale.ROOT))
                || lower.equals(account.lastName().toLowerCase(Locale.ROOT))) {
            throw new AnswerRejected(AnswerRejected.Reason.GUESSABLE);
        }
        if (!normalised.equals(Secrets.answerForm(confirmation))) {
            throw new AnswerRejected(AnswerRejected.Reason.DIFFERS);
        }
        return normalised;
    }
}
