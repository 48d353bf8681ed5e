package fr.ent.sesame.password;

import fr.ent.sesame.directory.Account;
import fr.ent.sesame.directory.Accounts;
import fr.ent.sesame.directory.PasswordStore;
import fr.ent.sesame.kernel.Transactions;
import fr.ent.sesame.settings.DirectoryMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Database mode: Sésame keeps an Argon2id hash per account and the hashes of the passwords before it. A
 * hash made with weaker parameters than today's is replaced, after a right password, by one made with
 * today's (computed with no transaction open, written only if the stored hash is still the one checked).
 */
@ApplicationScoped
public class DatabasePasswords implements PasswordStore {

    @Inject
    PasswordHashing hashing;

    @Inject
    Accounts accounts;

    @Inject
    Transactions transactions;

    @Override
    public DirectoryMode mode() {
        return DirectoryMode.DATABASE;
    }

    @Override
    public boolean keepsHashes() {
        return true;
    }

    @Override
    public Verdict check(Account account, String password) {
        String checkedHash = account.passwordHash();
        if (checkedHash == null || !hashing.verify(password, checkedHash)) {
            return Verdict.WRONG;
        }
        if (hashing.isOutdated(checkedHash)) {
            String strongerHash = hashing.hash(password);
            transactions.inOne(() -> accounts.byId(account.id())
                    .ifPresent(current -> current.upgradePasswordHash(checkedHash, strongerHash)));
        }
        return Verdict.RIGHT;
    }

    @Override
    public void checkNothing(String password) {
        hashing.verifyAgainstNothing(password);
    }

    @Override
    public void write(Account account, String newPassword, Optional<String> currentPassword) {
        // The hash is stored with the change itself (PasswordChanges.record), in its transaction.
    }
}
