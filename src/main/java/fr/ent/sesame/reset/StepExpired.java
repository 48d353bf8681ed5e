package fr.ent.sesame.reset;

import jakarta.ejb.ApplicationException;

/** The new-password step is no longer open (too late, or never opened in this session). */
@ApplicationException(rollback = true)
public class StepExpired extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StepExpired() {
        super("The new-password step is no longer open (too late, or never opened in this session).");
    }
}
