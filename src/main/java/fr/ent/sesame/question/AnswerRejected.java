package fr.ent.sesame.question;

import jakarta.ejb.ApplicationException;

/** The secret answer is unusable; {@link #reason()} is the message key's last word. */
@ApplicationException(rollback = true)
public class AnswerRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        EMPTY,
        TOO_SHORT,
        TOO_LONG,
        IS_IDENTIFIER,
        IS_PASSWORD,
        PERSONAL_FACT,
        GUESSABLE,
        DIFFERS,
        UNKNOWN_QUESTION
    }

    private final Reason reason;

    public AnswerRejected(Reason reason) {
        super("Secret answer rejected: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
