package fr.ent.sesame.support;

import jakarta.ejb.ApplicationException;

/** The account the page names does not exist (any more). */
@ApplicationException(rollback = true)
public class NoSuchAccount extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NoSuchAccount() {
        super("No such account");
    }
}
