package fr.ent.sesame.support;

import jakarta.ejb.ApplicationException;

/** An action of the support desk without a reason */
@ApplicationException(rollback = true)
public class ReasonMissing extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReasonMissing() {
        super(" nothing is done.:No reason given");
    }
}
