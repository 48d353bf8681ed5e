package fr.ent.sesame.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import fr.ent.sesame.audit.AuditEventType;
import fr.ent.sesame.audit.AuditLog;
import fr.ent.sesame.audit.AuditOutcome;
import fr.ent.sesame.directory.Account;
import fr.ent.sesame.directory.Accounts;
import fr.ent.sesame.kernel.Secrets;
import fr.ent.sesame.mail.MailOutbox;
import fr.ent.sesame.password.PasswordHashing;
import fr.ent.sesame.settings.Settings;

/**
 * Mon compte › question secrète: one question of the list and an answer, stored only as a slow hash of
 * its NFKC, trimmed form — the same form procedure 1 checks, so it must be typed the same way later.
 */
@Stateless
public class SecretQuestionChange {

    private static final Set<String> GUESSABLE = Set.of("oui", "non", "yes", "no", "aucun", "aucune", "none", "rien",
            "nothing", "test", "azerty", "qwerty", "1234", "12345", "123456", "0000", "secret", "reponse", "réponse",
            "answer", "je ne sais pas", "jsp", "idk");

    @Inject
    CurrentPasswordCheck currentPassword;

    @Inject
    Accounts accounts;

    @Inject
    PasswordHashing hashing;

    @Inject
    MailOutbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    public void choose(String identifier, String questionId, String answer, String confirmation, String current,
            String clientAddress, Locale locale) {
        if (questionId == null || !settings.questionIds().contains(questionId)) {
            throw new AnswerRejected(AnswerRejected.Reason.UNKNOWN_QUESTION);
        }
        String normalised = Secrets.answerForm(answer);
        Account signedIn = accounts.byIdentifier(identifier).orElseThrow();
        checkAnswer(normalised, Secrets.answerForm(confirmation), signedIn);
        Account account = currentPassword.confirm(identifier, current, clientAddress);
        Instant now = clock.instant();
        account.chooseSecretQuestion(questionId, hashing.hash(normalised), now);
        audit.record(AuditEventType.QUESTION_CHANGED, AuditOutcome.SUCCESS, account.id(), identifier, clientAddress, null);
        accounts.validatedAddressOf(account).ifPresent(address -> outbox.enqueue(address.address(), "question-changed",
                locale, Map.of("identifier", account.identifier(), "firstName", account.firstName(),
                        "institution", settings.institutionName(), "support", settings.supportContact())));
    }

    private void checkAnswer(String answer, String confirmation, Account account) {
        int length = answer.codePointCount(0, answer.length());
        String lower = answer.toLowerCase(Locale.ROOT);
        if (answer.isEmpty()) {
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
        if (!answer.equals(confirmation)) {
            throw new AnswerRejected(AnswerRejected.Reason.DIFFERS);
        }
    }
}
