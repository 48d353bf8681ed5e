package fr.ent.sesame.recovery;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import fr.ent.sesame.audit.AuditEventType;
import fr.ent.sesame.audit.AuditLog;
import fr.ent.sesame.audit.AuditOutcome;
import fr.ent.sesame.directory.Account;
import fr.ent.sesame.directory.AccountKind;
import fr.ent.sesame.directory.AccountState;
import fr.ent.sesame.directory.Accounts;
import fr.ent.sesame.kernel.Secrets;
import fr.ent.sesame.security.Throttle;
import fr.ent.sesame.security.ThrottleScopes;
import fr.ent.sesame.settings.Settings;

/**
 * Qui suis-je: last name, first name, birth date and student or staff number give back the identifier.
 * Every attempt counts against the client address and the browser session before anything is looked up;
 * a miss, a temporary or a disabled account all get the same neutral answer.
 */
@Stateless
public class WhoAmI {

    private static final int LONGEST_FIELD = 128;

    @Inject
    Accounts accounts;

    @Inject
    Throttle throttle;

    @Inject
    AuditLog audit;

    @Inject
    Settings settings;

    public String findIdentifier(String lastName, String firstName, LocalDate birthDate, String number,
            String clientAddress, String sessionId) {
        if (!settings.recoveryEnabled()) {
            throw new RecoveryClosed();
        }
        boolean allowed = throttle.tryUse(ThrottleScopes.RECOVERY_CLIENT, clientAddress,
                settings.recoveryAttemptsPerClientPerHour(), Duration.ofHours(1))
                && throttle.tryUse(ThrottleScopes.RECOVERY_SESSION, Secrets.sha256Hex(sessionId),
                        settings.recoveryAttemptsPerSessionPerHour(), Duration.ofHours(1));
        if (!allowed) {
            audit.record(AuditEventType.IDENTIFIER_RECOVERY, AuditOutcome.REFUSED, null, number, clientAddress, "limit");
            throw new TooManyAttempts();
        }
        String typedNumber = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
        List<Account> found = typedNumber.isEmpty() || typedNumber.length() > LONGEST_FIELD || birthDate == null
                ? List.of()
                : accounts.byStudentOrStaffNumber(typedNumber).stream()
                        .filter(a -> a.kind() == AccountKind.REGULAR && a.state() != AccountState.DISABLED)
                        .filter(a -> a.isDescribedBy(lastName, firstName, birthDate))
                        .toList();
        if (found.size() != 1) {
            audit.record(AuditEventType.IDENTIFIER_RECOVERY, AuditOutcome.FAILURE, null, typedNumber, clientAddress, null);
            throw new NoMatchingPerson();
        }
        Account account = found.get(0);
        audit.record(AuditEventType.IDENTIFIER_RECOVERY, AuditOutcome.SUCCESS, account.id(), account.identifier(),
                clientAddress, null);
        return account.identifier();
    }
}
