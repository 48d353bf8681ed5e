package fr.ent.sesame.recovery;

import jakarta.ejb.ApplicationException;

/** This client or session looked for identifiers too often in the last hour. */
@ApplicationException(rollback = true)
public class TooManyAttempts extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TooManyAttempts() {
        super("Too many identifier look-ups");
    }
}
