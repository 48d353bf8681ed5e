package fr.ent.sesame.security;

import java.io.Serializable;
import java.time.Instant;

/**
 * A sign-in sent to the identity provider and not back yet, kept in the visitor's session: the values the
 * answer must match (state), the ID token must carry (nonce) and the token request must prove (the PKCE
 * verifier), and the page to open afterwards. Used once: taken out of the session when the answer comes.
 *
 * @param returnTo the page asked for, as a path under the server's root (never another site's address)
 */
public record PendingSignIn(String state, String nonce, String codeVerifier, String returnTo, Instant startedAt)
        implements Serializable {

    @Override
    public String toString() {
        return "PendingSignIn[returnTo=" + returnTo + ", startedAt=" + startedAt + "]";
    }
}
