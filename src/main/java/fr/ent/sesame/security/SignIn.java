package fr.ent.sesame.security;

import fr.ent.sesame.audit.AuditEventType;
import fr.ent.sesame.audit.AuditLog;
import fr.ent.sesame.audit.AuditOutcome;
import fr.ent.sesame.directory.Account;
import fr.ent.sesame.directory.Accounts;
import fr.ent.sesame.directory.PasswordStore;
import fr.ent.sesame.directory.PasswordStores;
import fr.ent.sesame.kernel.Identifier;
import fr.ent.sesame.kernel.Secrets;
import fr.ent.sesame.kernel.Transactions;
import fr.ent.sesame.settings.Settings;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks an identifier and password; the answer never says which of the two was wrong. Failures are
 * counted per identifier (known or not), client address and browser, and a lock refuses before any hash
 * is computed, with the same words for every identifier. Runs without a transaction: the account is
 * read, the password checked by the store (a hash, or a bind to the directory) with no database connection
 * held, then the outcome written in one short transaction. A right password the directory refuses anyway
 * (locked entry, expired password) gets its own message.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignIn {

    @Inject
    Accounts accounts;

    @Inject
    PasswordStores passwords;

    @Inject
    AuditLog audit;

    @Inject
    Settings settings;

    @Inject
    Transactions transactions;

    @Inject
    Throttle throttle;

    @Inject
    Clock clock;

    /**
     * The canonical identifier of the account on success, empty otherwise.
     *
     * @param browserKey a hash telling this browser from others ({@link fr.ent.sesame.web.BrowserKey})
     * @throws SignInLocked while a lock holds for the identifier, the client address or the browser
     */
    public Optional<Identifier> check(
            String identifierAsTyped, String password, String clientAddress, String browserKey) {
        String typed = Identifier.folded(identifierAsTyped);
        Optional<Identifier> identifier = Identifier.parse(identifierAsTyped);
        String accountKey = Secrets.sha256Hex(typed);
        refuseWhileLocked(typed, accountKey, clientAddress, browserKey);
        if (identifier.isEmpty()
                || password == null
                || password.isEmpty()
                || password.codePointCount(0, password.length()) > settings.passwordMaxLength()) {
            countFailure(accountKey, clientAddress, browserKey);
            audit.record(AuditEventType.SIGN_IN, AuditOutcome.REFUSED, null, typed, clientAddress, "malformed");
            return Optional.empty();
        }
        PasswordStore store = passwords.current();
        Optional<Account> found = accounts.byIdentifier(identifier.get()).filter(Account::canSignIn);
        if (found.isEmpty()) {
            store.checkNothing(password);
            countFailure(accountKey, clientAddress, browserKey);
            audit.record(AuditEventType.SIGN_IN, AuditOutcome.FAILURE, null, typed, clientAddress, null);
            return Optional.empty();
        }
        Account account = found.get();
        PasswordStore.Verdict verdict = store.check(account, password);
        if (verdict != PasswordStore.Verdict.RIGHT) {
            countFailure(accountKey, clientAddress, browserKey);
            audit.record(
                    AuditEventType.SIGN_IN,
                    AuditOutcome.FAILURE,
                    account.id(),
                    typed,
                    clientAddress,
                    verdict == PasswordStore.Verdict.WRONG ? null : "directory: " + verdict);
            if (verdict != PasswordStore.Verdict.WRONG) {
                throw new SignInRefusedByDirectory(verdict);
            }
            return Optional.empty();
        }
        transactions.inOne(() -> {
            throttle.clear(ThrottleScopes.SIGN_IN_ACCOUNT, accountKey);
            audit.recordSignIn(account.identifier(), account.id(), typed, clientAddress, null);
        });
        return Optional.of(account.identifier());
    }

    private void refuseWhileLocked(String identifier, String accountKey, String clientAddress, String browserKey) {
        Optional<Instant> lockedUntil = throttle.lockedUntilAny(
                ThrottleScopes.SIGN_IN_ACCOUNT,
                accountKey,
                ThrottleScopes.SIGN_IN_CLIENT,
                clientAddress,
                ThrottleScopes.SIGN_IN_BROWSER,
                browserKey);
        if (lockedUntil.isPresent()) {
            audit.record(AuditEventType.LOCKED, AuditOutcome.REFUSED, null, identifier, clientAddress, "sign-in");
            throw new SignInLocked(clock.instant(), lockedUntil.get());
        }
    }

    private void countFailure(String accountKey, String clientAddress, String browserKey) {
        throttle.recordFailure(
                ThrottleScopes.SIGN_IN_ACCOUNT,
                accountKey,
                settings.signInMaxFailuresPerAccount(),
                settings.signInFirstLock(),
                settings.signInMaxLock());
        throttle.recordFailure(
                ThrottleScopes.SIGN_IN_CLIENT,
                clientAddress,
                settings.signInMaxFailuresPerClient(),
                settings.signInFirstLock(),
                settings.signInMaxLock());
        throttle.recordFailure(
                ThrottleScopes.SIGN_IN_BROWSER,
                browserKey,
                settings.signInMaxFailuresPerBrowser(),
                settings.signInFirstLock(),
                settings.signInMaxLock());
    }
}
