package fr.ent.sesame.security;

import java.time.Duration;
import java.time.Instant;

import jakarta.ejb.ApplicationException;

/**
 * Too many wrong passwords for this identifier, from this client address or this browser: sign-in waits
 * until the lock ends. Said the same way whether the identifier exists; the reset procedures stay open.
 */
@ApplicationException(rollback = true)
public class SignInLocked extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long minutesLeft;

    public SignInLocked(Instant now, Instant until) {
        super("Sign-in locked until " + until);
        this.minutesLeft = Math.max(1, Duration.between(now, until).toSeconds() / 60 + 1);
    }

    /** Whole minutes to wait, at least one, as the page tells the person. */
    public long minutesLeft() {
        return minutesLeft;
    }
}
