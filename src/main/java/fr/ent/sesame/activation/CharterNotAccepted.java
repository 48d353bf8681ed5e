package fr.ent.sesame.activation;

import jakarta.ejb.ApplicationException;

/** The usage charter must be accepted to activate the account. */
@ApplicationException(rollback = true)
public class CharterNotAccepted extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CharterNotAccepted() {
        super("The usage charter must be accepted to activate the account.");
    }
}
