package fr.ent.sesame.activation;

import fr.ent.sesame.kernel.Identifier;
import java.io.Serializable;
import java.time.Instant;

/**
 * What a successful identification opens: the activation form for this account until {@code expiresAt}.
 * It lives in the server-side session only; the account is never taken from a form field.
 */
public record ActivationGrant(Long accountId, Identifier identifier, Instant expiresAt) implements Serializable {

    public boolean isOpenAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
