package fr.ent.sesame.reset;

import fr.ent.sesame.kernel.LockedOut;
import jakarta.ejb.ApplicationException;
import java.time.Instant;

/** Too many wrong answers: the question procedure waits until the lock ends; nothing else is blocked. */
@ApplicationException(rollback = true)
public class ProcedureLocked extends LockedOut {

    private static final long serialVersionUID = 1L;

    public ProcedureLocked(Instant now, Instant until) {
        super("Question procedure", now, until);
    }
}
