package fr.ent.sesame.security;

import fr.ent.sesame.audit.AuditEventType;
import fr.ent.sesame.audit.AuditLog;
import fr.ent.sesame.audit.AuditOutcome;
import fr.ent.sesame.directory.Account;
import fr.ent.sesame.directory.Accounts;
import fr.ent.sesame.kernel.Identifier;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Sign-out, as Activité de mon compte shows it: the session itself is ended by the web layer. */
@Stateless
public class SignOut {

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    public void record(Identifier identifier, String clientAddress) {
        Long accountId = accounts.byIdentifier(identifier).map(Account::id).orElse(null);
        audit.record(AuditEventType.SIGN_OUT, AuditOutcome.SUCCESS, accountId, identifier.value(), clientAddress, null);
    }
}
