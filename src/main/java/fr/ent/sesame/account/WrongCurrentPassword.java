package fr.ent.sesame.account;

import jakarta.ejb.ApplicationException;

/** The current password typed to confirm a change is wrong; nothing was changed. */
@ApplicationException(rollback = true)
public class WrongCurrentPassword extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WrongCurrentPassword() {
        super("Wrong current password");
    }
}
