package fr.ent.sesame.directory;

import jakarta.ejb.ApplicationException;

/**
 * The university's directory did not answer (or answered an error no person can fix). The person sees
 * "try again in a moment" with a reference; the connection pool heals by itself when the directory is back.
 * An application exception: an outage is not a bug, so it is logged once per request without a stack trace.
 */
@ApplicationException(rollback = true)
public class DirectoryUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DirectoryUnavailable(String what, Throwable cause) {
        super("The directory did not answer (" + what + ")", cause);
    }
}
