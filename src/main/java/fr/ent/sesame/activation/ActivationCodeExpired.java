package fr.ent.sesame.activation;

import jakarta.ejb.ApplicationException;

/** The mailed code can no longer be typed (too old, or too many wrong tries): the person asks for a new one. */
@ApplicationException(rollback = true)
public class ActivationCodeExpired extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ActivationCodeExpired() {
        super("The mailed activation code can no longer be typed: too old, or too many wrong tries.");
    }
}
