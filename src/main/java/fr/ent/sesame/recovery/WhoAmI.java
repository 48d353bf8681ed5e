package fr.ent.sesame.recovery;

import fr.ent.sesame.audit.AuditEventType;
import fr.ent.sesame.audit.AuditLog;
import fr.ent.sesame.audit.AuditOutcome;
import fr.ent.sesame.directory.Account;
import fr.ent.sesame.directory.Accounts;
import fr.ent.sesame.directory.MemberNumbers;
import fr.ent.sesame.directory.SelfService;
import fr.ent.sesame.kernel.Identifier;
import fr.ent.sesame.kernel.Requester;
import fr.ent.sesame.kernel.Secrets;
import fr.ent.sesame.kernel.Transactions;
import fr.ent.sesame.mail.MailOutbox;
import fr.ent.sesame.security.Throttle;
import fr.ent.sesame.security.ThrottleScopes;
import fr.ent.sesame.settings.Settings;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Qui suis-je: last name, first name, birth date and student or staff number give back the identifier,
 * on the page or, where the site prefers, by mail to the validated personal address. Every attempt counts
 * against the client address and the browser session before anything is looked up; a miss, a temporary
 * or a disabled account all get the same neutral answer.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WhoAmI {

    private static final int LONGEST_FIELD = 128;

    @Inject
    Accounts accounts;

    @Inject
    SelfService selfService;

    @Inject
    MailOutbox outbox;

    @Inject
    Throttle throttle;

    @Inject
    AuditLog audit;

    @Inject
    Settings settings;

    @Inject
    Transactions transactions;

    /**
     * The identifier to show, or empty when the site mails it instead: then the page says the same thing
     * whether a mail went or not.
     */
    public Optional<Identifier> findIdentifier(
            String lastName, String firstName, LocalDate birthDate, String number, Requester requester) {
        String clientAddress = requester.clientAddress();
        if (!settings.recoveryEnabled()) {
            throw new RecoveryClosed();
        }
        boolean allowed = throttle.tryHourlyAttempt(
                ThrottleScopes.RECOVERY_CLIENT,
                clientAddress,
                settings.recoveryAttemptsPerClientPerHour(),
                ThrottleScopes.RECOVERY_SESSION,
                requester.sessionId(),
                settings.recoveryAttemptsPerSessionPerHour());
        if (!allowed) {
            audit.record(
                    AuditEventType.IDENTIFIER_RECOVERY, AuditOutcome.REFUSED, null, number, clientAddress, "limit");
            throw new TooManyAttempts();
        }
        String typedNumber = MemberNumbers.canonical(number);
        List<Account> found = typedNumber.isEmpty() || typedNumber.length() > LONGEST_FIELD || birthDate == null
                ? List.of()
                : accounts.byStudentOrStaffNumber(typedNumber).stream()
                        .filter(selfService::mayRecoverIdentifier)
                        .filter(a -> a.isDescribedBy(lastName, firstName, birthDate))
                        .toList();
        boolean byMail = settings.recoveryByMail();
        // In mail mode the number names the person the mail would go to: mails to one person are capped, and
        // a match and a miss do the same counting, so neither the page nor its timing tells them apart.
        boolean mayMail = byMail
                && throttle.tryUse(
                        ThrottleScopes.RECOVERY_MAIL_PERSON,
                        Secrets.sha256Hex(typedNumber),
                        settings.recoveryMailsPerPersonPerHour(),
                        Duration.ofHours(1));
        if (found.size() != 1) {
            audit.record(
                    AuditEventType.IDENTIFIER_RECOVERY, AuditOutcome.FAILURE, null, typedNumber, clientAddress, null);
            if (byMail) {
                return Optional.empty();
            }
            throw new NoMatchingPerson();
        }
        Account account = found.get(0);
        transactions.inOne(() -> {
            audit.record(
                    AuditEventType.IDENTIFIER_RECOVERY,
                    AuditOutcome.SUCCESS,
                    account.id(),
                    account.identifier().value(),
                    clientAddress,
                    byMail ? (mayMail ? "mail" : "mail capped") : "page");
            if (mayMail) {
                accounts.validatedAddressOf(account)
                        .ifPresent(address -> outbox.enqueue(
                                address.address(),
                                "identifier-recovery",
                                requester.locale(),
                                Map.of(
                                        "identifier", account.identifier().value(),
                                        "firstName", account.firstName(),
                                        "institution", settings.institutionName(),
                                        "support", settings.supportContact())));
            }
        });
        return byMail ? Optional.empty() : Optional.of(account.identifier());
    }
}
