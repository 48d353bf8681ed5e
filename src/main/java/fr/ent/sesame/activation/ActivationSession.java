package fr.ent.sesame.activation;

import fr.ent.sesame.kernel.Identifier;
import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;

/**
 * The activation in progress in this browser session: the mailed code awaited, the open form, then the
 * identifier to show once done.
 */
@SessionScoped
public class ActivationSession implements Serializable {

    private static final long serialVersionUID = 1L;

    private ActivationChallenge challenge;
    private ActivationGrant grant;
    private Identifier activatedIdentifier;

    void awaitCode(ActivationChallenge sent) {
        challenge = sent;
        grant = null;
        activatedIdentifier = null;
    }

    boolean awaitsCode() {
        return challenge != null;
    }

    /** The challenge with this try counted (kept so, whatever the try's outcome); null when none is awaited. */
    ActivationChallenge countTry() {
        if (challenge != null) {
            challenge = challenge.oneMoreTry();
        }
        return challenge;
    }

    void forgetCode() {
        challenge = null;
    }

    ActivationGrant grant() {
        return grant;
    }

    void open(ActivationGrant opened) {
        challenge = null;
        grant = opened;
        activatedIdentifier = null;
    }

    void done(Identifier identifier) {
        grant = null;
        activatedIdentifier = identifier;
    }

    void close() {
        grant = null;
    }

    Identifier activatedIdentifier() {
        return activatedIdentifier;
    }
}
