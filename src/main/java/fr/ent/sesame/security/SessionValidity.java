package fr.ent.sesame.security;

import fr.ent.sesame.directory.Account;
import fr.ent.sesame.directory.Accounts;
import fr.ent.sesame.kernel.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Whether a signed-in session may go on. The answer comes from the database, so a password changed
 * through any node ends the account's older sessions on every node at their next request. It reads the
 * stored row only, never the directory: this runs on every request of a signed-in person.
 */
@ApplicationScoped
public class SessionValidity {

    @Inject
    Accounts accounts;

    public boolean isStillValid(Identifier identifier, Instant signedInAt) {
        return accounts.storedByIdentifier(identifier)
                .filter(Account::canSignIn)
                .map(account -> account.sessionsValidAfter() == null
                        || (signedInAt != null && !signedInAt.isBefore(account.sessionsValidAfter())))
                .orElse(false);
    }
}
