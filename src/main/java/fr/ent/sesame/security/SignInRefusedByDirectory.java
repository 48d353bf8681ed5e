package fr.ent.sesame.security;

import fr.ent.sesame.directory.PasswordStore;
import jakarta.ejb.ApplicationException;

/**
 * The directory refused a sign-in for a reason the person can act on: the entry is locked (its own failure
 * count, or an admin), or the password expired. Only in ldap mode; database mode has neither.
 */
@ApplicationException
public class SignInRefusedByDirectory extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final PasswordStore.Verdict verdict;

    public SignInRefusedByDirectory(PasswordStore.Verdict verdict) {
        super("The directory refused the sign-in: " + verdict);
        this.verdict = verdict;
    }

    public PasswordStore.Verdict verdict() {
        return verdict;
    }
}
