package fr.ent.sesame.reset;

import jakarta.ejb.ApplicationException;

/** No validated personal address of a self-service account matches what was typed. */
@ApplicationException(rollback = true)
public class NoValidatedAddressMatch extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NoValidatedAddressMatch() {
        super("No validated personal address of a self-service account matches what was typed.");
    }
}
