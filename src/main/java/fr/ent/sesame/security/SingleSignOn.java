package fr.ent.sesame.security;

import fr.ent.sesame.audit.AuditEventType;
import fr.ent.sesame.audit.AuditLog;
import fr.ent.sesame.audit.AuditOutcome;
import fr.ent.sesame.directory.Account;
import fr.ent.sesame.directory.Accounts;
import fr.ent.sesame.directory.SelfService;
import fr.ent.sesame.kernel.Identifier;
import fr.ent.sesame.settings.Settings;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;

/**
 * Who the single sign-on lets into Mon dossier: the identity provider vouched for an identifier; Sésame
 * admits it only for an account it knows that may use self-service (regular, active, able to sign in).
 * Anyone else - unknown here, temporary, disabled, not activated - is refused with the same neutral page,
 * and the refusal is in the audit trail with its reason. Runs without a transaction: one short one per
 * audit line.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SingleSignOn {

    static final String DETAIL = "single sign-on";

    /** Who is signed in, with their roles. */
    public record Admitted(Identifier identifier, Set<String> roles) {}

    @Inject
    Accounts accounts;

    @Inject
    SelfService selfService;

    @Inject
    AuditLog audit;

    @Inject
    Settings settings;

    public Optional<Admitted> admit(String claimedIdentifier, Set<String> claimedGroups, String clientAddress) {
        String typed = Identifier.folded(claimedIdentifier);
        Optional<Account> found = Identifier.parse(claimedIdentifier).flatMap(accounts::byIdentifier);
        if (found.isEmpty()) {
            refused(null, typed, clientAddress, "unknown here");
            return Optional.empty();
        }
        Account account = found.get();
        if (!account.canSignIn() || !selfService.allows(account)) {
            refused(account.id(), typed, clientAddress, account.kind() + " " + account.state());
            return Optional.empty();
        }
        audit.recordSignIn(account.identifier(), account.id(), typed, clientAddress, DETAIL);
        return Optional.of(
                new Admitted(account.identifier(), Roles.fromClaims(account.identifier(), settings, claimedGroups)));
    }

    /** A sign-in the identity provider's answer did not complete (state, code, token): for the audit trail. */
    public void failed(String clientAddress, String why) {
        audit.record(
                AuditEventType.SIGN_IN, AuditOutcome.FAILURE, null, null, clientAddress, DETAIL + ": " + oneLine(why));
    }

    /**
     * Part of the reason comes from the answer's query (the provider's error description), so from whoever
     * wrote the link: kept on one line and short enough for the audit column.
     */
    static String oneLine(String why) {
        String flat = why == null ? "" : why.replaceAll("\\p{Cntrl}", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }

    private void refused(Long accountId, String identifier, String clientAddress, String why) {
        audit.record(
                AuditEventType.SIGN_IN,
                AuditOutcome.REFUSED,
                accountId,
                identifier,
                clientAddress,
                DETAIL + ": " + why);
    }
}
