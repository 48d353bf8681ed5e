package fr.ent.sesame.reset;

import java.io.Serializable;
import java.time.Instant;

/**
 * What a correct answer opens: the new-password step for this account until {@code expiresAt}. It lives
 * in the server-side session only; the account is never taken from a form field.
 */
public record ResetGrant(Long accountId, Instant expiresAt) implements Serializable {

    public boolean isOpenAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
