package fr.ent.sesame.account;

import jakarta.ejb.ApplicationException;

/** Too many wrong current passwords: the account's changes wait a while. */
@ApplicationException(rollback = true)
public class ChangesLocked extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ChangesLocked() {
        super("Too many wrong current passwords");
    }
}
