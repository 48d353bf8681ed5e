package fr.ent.sesame.kernel;

import java.time.Duration;
import java.time.Instant;

/** Too many failures: something waits until a lock ends; pages tell the whole minutes left, at least one. */
public abstract class LockedOut extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long minutesLeft;

    protected LockedOut(String what, Instant now, Instant until) {
        super(what + " locked until " + until);
        this.minutesLeft = Math.max(1, Duration.between(now, until).toSeconds() / 60 + 1);
    }

    public long minutesLeft() {
        return minutesLeft;
    }
}
