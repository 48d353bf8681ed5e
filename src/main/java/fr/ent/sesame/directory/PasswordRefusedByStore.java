package fr.ent.sesame.directory;

import jakarta.ejb.ApplicationException;

/** The directory's password policy refused a new password; the procedures show it as one of their own rules. */
@ApplicationException(rollback = true)
public class PasswordRefusedByStore extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        TOO_SHORT,
        IN_HISTORY,
        QUALITY,
        TOO_YOUNG,
        CURRENT_PASSWORD_WRONG,
        OTHER
    }

    private final Reason reason;

    public PasswordRefusedByStore(Reason reason, String detail) {
        super("The directory refused the new password: " + reason + " (" + detail + ")");
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
