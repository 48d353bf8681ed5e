package fr.ent.sesame.support;

import jakarta.ejb.ApplicationException;

/** The action does not apply to this account as it is now (a reset link by mail without a validated address, a link in person to someone procedure 2 serves, an address that is no longer there) */
@ApplicationException(rollback = true)
public class ActionNotPossible extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ActionNotPossible() {
        super(" nothing is done.:Action not possible for this account");
    }
}
