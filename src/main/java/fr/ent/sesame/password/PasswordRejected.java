package fr.ent.sesame.password;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** The new password breaks these rules; nothing was changed. */
@ApplicationException(rollback = true)
public class PasswordRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<PasswordPolicy.Rule> broken;

    public PasswordRejected(List<PasswordPolicy.Rule> broken) {
        super("New password breaks " + broken);
        this.broken = List.copyOf(broken);
    }

    public List<PasswordPolicy.Rule> broken() {
        return broken;
    }
}
