package fr.ent.sesame.kernel;

import jakarta.ejb.ApplicationException;

/** Too many requests are being worked on at once; the person should try again in a moment. */
@ApplicationException(rollback = true)
public class ServiceBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ServiceBusyException() {
        super("Too many password checks at once");
    }
}
