package fr.ent.sesame.reset;

import jakarta.ejb.ApplicationException;

/** This client asked too often; it should wait. */
@ApplicationException(rollback = true)
public class TooManyRequests extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TooManyRequests() {
        super("This client asked too often; it should wait.");
    }
}
