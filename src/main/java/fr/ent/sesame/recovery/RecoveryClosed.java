package fr.ent.sesame.recovery;

import jakarta.ejb.ApplicationException;

/** An admin switched Qui suis-je off. */
@ApplicationException(rollback = true)
public class RecoveryClosed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RecoveryClosed() {
        super("Qui suis-je is switched off");
    }
}
