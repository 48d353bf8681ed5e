package fr.ent.sesame.security;

import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import fr.ent.sesame.audit.AuditEventType;
import fr.ent.sesame.audit.AuditLog;
import fr.ent.sesame.audit.AuditOutcome;
import fr.ent.sesame.directory.Account;
import fr.ent.sesame.directory.Accounts;
import fr.ent.sesame.directory.Identifiers;
import fr.ent.sesame.kernel.Transactions;
import fr.ent.sesame.password.PasswordHashing;
import fr.ent.sesame.settings.Settings;

/**
 * Checks an identifier and password; the answer never says which of the two was wrong. Runs without a
 * transaction: the account is read, the hash checked with no database connection held, then the outcome
 * (and a stronger hash, when the parameters changed) written in one short transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignIn {

    @Inject
    Accounts accounts;

    @Inject
    PasswordHashing hashing;

    @Inject
    AuditLog audit;

    @Inject
    Settings settings;

    @Inject
    Transactions transactions;

    /** The canonical identifier of the account on success, empty otherwise. */
    public Optional<String> check(String identifierAsTyped, String password, String clientAddress) {
        String identifier = Identifiers.canonical(identifierAsTyped);
        if (identifier.isEmpty() || identifier.length() > settings.identifierMaxLength() || password == null
                || password.isEmpty() || password.codePointCount(0, password.length()) > settings.passwordMaxLength()) {
            audit.record(AuditEventType.SIGN_IN, AuditOutcome.REFUSED, null, identifier, clientAddress, "malformed");
            return Optional.empty();
        }
        Optional<Account> found = accounts.byIdentifier(identifier).filter(Account::canSignIn);
        if (found.isEmpty()) {
            hashing.verifyAgainstNothing(password);
            audit.record(AuditEventType.SIGN_IN, AuditOutcome.FAILURE, null, identifier, clientAddress, null);
            return Optional.empty();
        }
        Account account = found.get();
        if (!hashing.verify(password, account.passwordHash())) {
            audit.record(AuditEventType.SIGN_IN, AuditOutcome.FAILURE, account.id(), identifier, clientAddress, null);
            return Optional.empty();
        }
        String checkedHash = account.passwordHash();
        String strongerHash = hashing.isOutdated(checkedHash) ? hashing.hash(password) : null;
        transactions.inOne(() -> {
            if (strongerHash != null) {
                accounts.byId(account.id()).ifPresent(current -> current.upgradePasswordHash(checkedHash, strongerHash));
            }
            audit.record(AuditEventType.SIGN_IN, AuditOutcome.SUCCESS, account.id(), identifier, clientAddress, null);
        });
        return Optional.of(account.identifier());
    }
}
