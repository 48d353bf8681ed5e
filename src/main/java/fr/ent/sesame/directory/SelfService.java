package fr.ent.sesame.directory;

import fr.ent.sesame.settings.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.regex.Pattern;

/**
 * Who may use the self-service procedures: regular, active accounts. Temporary accounts are excluded by
 * their kind and, for sites that mark them another way, by an identifier pattern (a setting).
 */
@ApplicationScoped
public class SelfService {

    @Inject
    Settings settings;

    public boolean allows(Account account) {
        return account.kind() == AccountKind.REGULAR
                && account.state() == AccountState.ACTIVE
                && !looksTemporary(account);
    }

    /** Qui suis-je also serves members who have not activated their account yet: they need the identifier to. */
    public boolean mayRecoverIdentifier(Account account) {
        return account.kind() == AccountKind.REGULAR
                && account.state() != AccountState.DISABLED
                && !looksTemporary(account);
    }

    /** Activation is for regular members who have not activated yet. */
    public boolean mayActivate(Account account) {
        return account.kind() == AccountKind.REGULAR
                && account.state() == AccountState.NOT_ACTIVATED
                && !looksTemporary(account);
    }

    private boolean looksTemporary(Account account) {
        return settings.temporaryIdentifierPattern()
                .map(pattern -> Pattern.compile(pattern)
                        .matcher(account.identifier().value())
                        .matches())
                .orElse(false);
    }
}
