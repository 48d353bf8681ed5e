package fr.ent.sesame.support;

import jakarta.ejb.ApplicationException;

/** The caller has neither support role */
@ApplicationException(rollback = true)
public class NotASupportAgent extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotASupportAgent() {
        super(" nothing is shown or done (the page answers 403).:Not a support agent");
    }
}
