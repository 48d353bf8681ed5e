package fr.ent.sesame.activation;

import jakarta.ejb.ApplicationException;

/** Too many activation attempts from this client address or browser session. */
@ApplicationException(rollback = true)
public class TooManyActivationAttempts extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TooManyActivationAttempts() {
        super("Too many activation attempts from this client address or browser session.");
    }
}
