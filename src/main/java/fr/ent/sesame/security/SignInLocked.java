package fr.ent.sesame.security;

import fr.ent.sesame.kernel.LockedOut;
import jakarta.ejb.ApplicationException;
import java.time.Instant;

/**
 * Too many wrong passwords for this identifier, from this client address or this browser: sign-in waits
 * until the lock ends. Said the same way whether the identifier exists; the reset procedures stay open.
 */
@ApplicationException(rollback = true)
public class SignInLocked extends LockedOut {

    private static final long serialVersionUID = 1L;

    public SignInLocked(Instant now, Instant until) {
        super("Sign-in", now, until);
    }
}
