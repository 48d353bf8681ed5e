package fr.ent.sesame.reset;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;

/** Holds the open new-password step of procedure 1 in the server-side session. */
@SessionScoped
public class ResetSession implements Serializable {

    private static final long serialVersionUID = 1L;

    private ResetGrant grant;

    ResetGrant grant() {
        return grant;
    }

    void open(ResetGrant opened) {
        grant = opened;
    }

    void close() {
        grant = null;
    }
}
