package fr.ent.sesame.account;

import fr.ent.sesame.audit.AuditEventType;
import fr.ent.sesame.audit.AuditLog;
import fr.ent.sesame.audit.AuditOutcome;
import fr.ent.sesame.directory.Account;
import fr.ent.sesame.directory.Accounts;
import fr.ent.sesame.directory.PasswordStore;
import fr.ent.sesame.directory.PasswordStores;
import fr.ent.sesame.kernel.Identifier;
import fr.ent.sesame.kernel.Requester;
import fr.ent.sesame.security.Throttle;
import fr.ent.sesame.security.ThrottleScopes;
import fr.ent.sesame.settings.Settings;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Every change in Mon compte asks for the current password: a session left open on a shared computer
 * must not be enough. Wrong ones are counted (before hashing) and lock the account's changes for a while.
 * Runs without a transaction, so no connection is held while hashing; the account returned is as read.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CurrentPasswordCheck {

    @Inject
    Accounts accounts;

    @Inject
    PasswordStores passwords;

    @Inject
    Throttle throttle;

    @Inject
    AuditLog audit;

    @Inject
    Settings settings;

    /** The signed-in account, once its current password is confirmed. */
    public Account confirm(Identifier identifier, String currentPassword, Requester requester) {
        Account account = accounts.byIdentifier(identifier)
                .orElseThrow(() -> new IllegalStateException("Signed-in account no longer exists"));
        String key = account.id().toString();
        if (throttle.lockedUntil(ThrottleScopes.CURRENT_PASSWORD, key).isPresent()) {
            throw new ChangesLocked();
        }
        boolean right = currentPassword != null
                && currentPassword.codePointCount(0, currentPassword.length()) <= settings.passwordMaxLength()
                && passwords.current().check(account, currentPassword) == PasswordStore.Verdict.RIGHT;
        if (!right) {
            throttle.recordFailure(
                    ThrottleScopes.CURRENT_PASSWORD,
                    key,
                    settings.currentPasswordMaxFailures(),
                    settings.answerFirstLock(),
                    settings.answerMaxLock());
            audit.record(
                    AuditEventType.CURRENT_PASSWORD_WRONG,
                    AuditOutcome.FAILURE,
                    account.id(),
                    identifier.value(),
                    requester.clientAddress(),
                    null);
            throw new WrongCurrentPassword();
        }
        throttle.clear(ThrottleScopes.CURRENT_PASSWORD, key);
        return account;
    }
}
