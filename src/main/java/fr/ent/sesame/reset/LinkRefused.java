package fr.ent.sesame.reset;

import jakarta.ejb.ApplicationException;

/** The reset link is unknown, used, replaced by a newer one, or expired. */
@ApplicationException(rollback = true)
public class LinkRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LinkRefused() {
        super("The reset link is unknown, used, replaced by a newer one, or expired.");
    }
}
