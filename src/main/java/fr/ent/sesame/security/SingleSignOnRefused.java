package fr.ent.sesame.security;

/**
 * An answer from the identity provider Sésame does not accept: an unknown or replayed state, an error the
 * provider sent back, a code it refused to exchange, an ID token whose signature, issuer, audience, expiry or
 * nonce is wrong, a missing identifier claim. The message is for the log; the person sees a neutral page.
 */
public class SingleSignOnRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SingleSignOnRefused(String why) {
        super(why);
    }

    public SingleSignOnRefused(String why, Throwable cause) {
        super(why, cause);
    }
}
