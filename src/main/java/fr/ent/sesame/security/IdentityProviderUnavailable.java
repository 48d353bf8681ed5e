package fr.ent.sesame.security;

/** The identity provider did not answer in time (or answered nonsense to discovery): try again later. */
public class IdentityProviderUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IdentityProviderUnavailable(String why, Throwable cause) {
        super(why, cause);
    }
}
