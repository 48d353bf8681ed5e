package fr.ent.sesame.password;

import jakarta.ejb.ApplicationException;

/** The confirmation is not the same as the new password; nothing was changed. */
@ApplicationException(rollback = true)
public class PasswordsDiffer extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PasswordsDiffer() {
        super("Confirmation differs from the new password");
    }
}
