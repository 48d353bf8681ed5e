package fr.ent.sesame.account;

import fr.ent.sesame.audit.AuditEventType;
import fr.ent.sesame.audit.AuditLog;
import fr.ent.sesame.audit.AuditOutcome;
import fr.ent.sesame.directory.Account;
import fr.ent.sesame.directory.Accounts;
import fr.ent.sesame.directory.PersonalAddress;
import fr.ent.sesame.kernel.EmailAddress;
import fr.ent.sesame.kernel.Identifier;
import fr.ent.sesame.kernel.Requester;
import fr.ent.sesame.kernel.Transactions;
import fr.ent.sesame.mail.MailOutbox;
import fr.ent.sesame.password.PasswordHashing;
import fr.ent.sesame.question.SecretAnswers;
import fr.ent.sesame.settings.Settings;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;

/**
 * Mon compte › question secrète: one question of the list and an answer, stored only as a slow hash of
 * the form {@link SecretAnswers} accepts.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SecretQuestionChange {

    @Inject
    CurrentPasswordCheck currentPassword;

    @Inject
    Accounts accounts;

    @Inject
    PasswordHashing hashing;

    @Inject
    SecretAnswers answers;

    @Inject
    MailOutbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Inject
    Transactions transactions;

    public void choose(
            Identifier identifier,
            String questionId,
            String answer,
            String confirmation,
            String current,
            Requester requester) {
        Account signedIn = accounts.byIdentifier(identifier).orElseThrow();
        java.util.List<EmailAddress> addresses = java.util.stream.Stream.concat(
                        accounts.validatedAddressOf(signedIn).stream(), accounts.pendingAddressOf(signedIn).stream())
                .map(PersonalAddress::address)
                .toList();
        String normalised = answers.accepted(
                questionId, answer, confirmation, signedIn, new SecretAnswers.Known(current, addresses));
        Account confirmed = currentPassword.confirm(identifier, current, requester);
        String answerHash = hashing.hash(normalised);
        transactions.inOne(() -> {
            Account account = accounts.byId(confirmed.id()).orElseThrow();
            account.chooseSecretQuestion(questionId, answerHash, clock.instant());
            audit.record(
                    AuditEventType.QUESTION_CHANGED,
                    AuditOutcome.SUCCESS,
                    account.id(),
                    identifier.value(),
                    requester.clientAddress(),
                    null);
            accounts.validatedAddressOf(account)
                    .ifPresent(address -> outbox.enqueue(
                            address.address(),
                            "question-changed",
                            requester.locale(),
                            Map.of(
                                    "identifier",
                                    account.identifier().value(),
                                    "firstName",
                                    account.firstName(),
                                    "institution",
                                    settings.institutionName(),
                                    "support",
                                    settings.supportContact())));
        });
    }
}
