package fr.ent.sesame.activation;

import jakarta.ejb.ApplicationException;

/** The site switched activation off. */
@ApplicationException(rollback = true)
public class ActivationClosed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ActivationClosed() {
        super("The site switched activation off.");
    }
}
