package fr.ent.sesame.directory;

import fr.ent.sesame.settings.DirectoryMode;
import java.util.Optional;

/**
 * Where passwords are kept and checked: Sésame's own hashes (database mode) or the university's directory
 * (ldap mode). The procedures call it the same way in both; {@link PasswordStores} picks the one the
 * deployment chose. Every method is called with no transaction open: it may hash or call a remote server.
 */
public interface PasswordStore {

    /** What checking a password found. */
    enum Verdict {
        RIGHT,
        WRONG,
        /** The directory locked the entry (its own failure count, or an admin). */
        LOCKED,
        /** The directory says the password has expired and must be changed. */
        EXPIRED
    }

    DirectoryMode mode();

    Verdict check(Account account, String password);

    /** Spends about the time a check takes, when there is no account, so timing tells nothing. */
    void checkNothing(String password);

    /**
     * Writes a new password into the store before the change is recorded; the person's own password when
     * {@code currentPassword} is given (Mon compte), otherwise as Sésame's service (reset, activation).
     * Database mode writes nothing here: the hash is stored with the change, in its transaction.
     *
     * @throws PasswordRefusedByStore when the store's own policy refuses it
     */
    void write(Account account, String newPassword, Optional<String> currentPassword);

    /** True when Sésame keeps the hash and its history itself (database mode). */
    boolean keepsHashes();
}
