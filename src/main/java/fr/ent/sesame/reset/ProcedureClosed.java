package fr.ent.sesame.reset;

import jakarta.ejb.ApplicationException;

/** An admin switched this procedure off. */
@ApplicationException(rollback = true)
public class ProcedureClosed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProcedureClosed() {
        super("An admin switched this procedure off.");
    }
}
