package fr.ent.sesame.reset;

import java.time.Instant;

import jakarta.ejb.ApplicationException;

/** Too many wrong answers: the question procedure waits until {@link #until()}; nothing else is blocked. */
@ApplicationException(rollback = true)
public class ProcedureLocked extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Instant until;

    public ProcedureLocked(Instant until) {
        super("Question procedure locked until " + until);
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
