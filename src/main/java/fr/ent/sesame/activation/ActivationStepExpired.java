package fr.ent.sesame.activation;

import jakarta.ejb.ApplicationException;

/** The activation form was opened too long ago, or never: identify again. */
@ApplicationException(rollback = true)
public class ActivationStepExpired extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ActivationStepExpired() {
        super("The activation form was opened too long ago, or never: identify again.");
    }
}
