package fr.ent.sesame.account;

import fr.ent.sesame.audit.AuditEvent;
import fr.ent.sesame.audit.AuditLog;
import fr.ent.sesame.directory.Accounts;
import fr.ent.sesame.kernel.Identifier;
import fr.ent.sesame.settings.Settings;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** Activité de mon compte: the account's latest security events, so a person sees if someone else tried. */
@Stateless
public class AccountActivity {

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    Settings settings;

    public List<AuditEvent> latest(Identifier identifier) {
        return accounts.byIdentifier(identifier)
                .map(account -> audit.latestOf(account.id(), settings.activityEvents()))
                .orElse(List.of());
    }
}
