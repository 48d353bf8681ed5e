package fr.ent.sesame.reset;

import jakarta.ejb.ApplicationException;

/** The identifier, question and answer do not match an account that may reset its password. */
@ApplicationException(rollback = true)
public class AnswerMismatch extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AnswerMismatch() {
        super("The identifier, question and answer do not match an account that may reset its password.");
    }
}
