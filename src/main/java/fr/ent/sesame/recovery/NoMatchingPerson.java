package fr.ent.sesame.recovery;

import jakarta.ejb.ApplicationException;

/** No account of a self-service kind matches these details (or the details are malformed). */
@ApplicationException(rollback = true)
public class NoMatchingPerson extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NoMatchingPerson() {
        super("No self-service account matches these details");
    }
}
