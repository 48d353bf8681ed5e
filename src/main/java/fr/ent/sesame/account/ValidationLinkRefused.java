package fr.ent.sesame.account;

import jakarta.ejb.ApplicationException;

/** The address validation link is unknown, used, replaced, expired, or for another account. */
@ApplicationException(rollback = true)
public class ValidationLinkRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ValidationLinkRefused() {
        super("Address validation link refused");
    }
}
