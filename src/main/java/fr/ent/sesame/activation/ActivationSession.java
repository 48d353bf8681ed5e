package fr.ent.sesame.activation;

import java.io.Serializable;

import jakarta.enterprise.context.SessionScoped;

/** The activation in progress in this browser session: the open form, then the identifier to show once done. */
@SessionScoped
public class ActivationSession implements Serializable {

    private static final long serialVersionUID = 1L;

    private ActivationGrant grant;
    private String activatedIdentifier;

    ActivationGrant grant() {
        return grant;
    }

    void open(ActivationGrant opened) {
        grant = opened;
        activatedIdentifier = null;
    }

    void done(String identifier) {
        grant = null;
        activatedIdentifier = identifier;
    }

    void close() {
        grant = null;
    }

    String activatedIdentifier() {
        return activatedIdentifier;
    }
}
