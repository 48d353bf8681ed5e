package fr.ent.sesame.activation;

import jakarta.ejb.ApplicationException;

/** The details do not open an activation: wrong, or the account is active, temporary or disabled. One answer for all. */
@ApplicationException(rollback = true)
public class ActivationRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ActivationRefused() {
        super(
                "The details do not open an activation: wrong, or the account is active, temporary or disabled. One answer for all.");
    }
}
