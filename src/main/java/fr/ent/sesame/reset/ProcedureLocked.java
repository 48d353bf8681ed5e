package fr.ent.sesame.reset;

import java.time.Duration;
import java.time.Instant;

import jakarta.ejb.ApplicationException;

/** Too many wrong answers: the question procedure waits until {@link #until()}; nothing else is blocked. */
@ApplicationException(rollback = true)
public class ProcedureLocked extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long minutesLeft;

    public ProcedureLocked(Instant now, Instant until) {
        super("Question procedure locked until " + until);
        this.minutesLeft = Math.max(1, Duration.between(now, until).toSeconds() / 60 + 1);
    }

    /** Whole minutes to wait, at least one, as the page tells the person. */
    public long minutesLeft() {
        return minutesLeft;
    }
}
