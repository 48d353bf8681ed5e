package fr.ent.sesame.password;

import fr.ent.sesame.audit.AuditEventType;
import fr.ent.sesame.audit.AuditLog;
import fr.ent.sesame.audit.AuditOutcome;
import fr.ent.sesame.directory.Account;
import fr.ent.sesame.directory.Accounts;
import fr.ent.sesame.directory.PasswordRefusedByStore;
import fr.ent.sesame.directory.PasswordStores;
import fr.ent.sesame.kernel.Instants;
import fr.ent.sesame.kernel.Requester;
import fr.ent.sesame.kernel.Secrets;
import fr.ent.sesame.kernel.ServiceBusyException;
import fr.ent.sesame.mail.MailOutbox;
import fr.ent.sesame.security.Throttle;
import fr.ent.sesame.security.ThrottleScopes;
import fr.ent.sesame.settings.Settings;
import fr.ent.sesame.token.OneTimeTokens;
import fr.ent.sesame.token.TokenPurpose;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything that happens when an account gets a new password, whichever procedure asked for it, in two
 * steps. {@link #prepare} checks the rules and the history and hashes, with no transaction and so no
 * database connection held while hashing. {@link #record}, in the caller's transaction, stores it: the
 * history, the end of other sessions, the death of outstanding reset links, the reset of the guessing
 * counters, the audit event and a notice to the validated personal address; a refusal anywhere in that
 * transaction leaves everything as it was.
 */
@Stateless
public class PasswordChanges {

    /**
     * A new password that passed the rules and the history, for the account in the state it was read: its
     * hash (database mode), or the password itself until {@link #write} hands it to the directory (ldap
     * mode; it lives only in this request's memory and is never stored).
     */
    public record NewPassword(Account account, long accountVersion, String hash, String forTheDirectory) {

        public Long accountId() {
            return account.id();
        }

        @Override
        public String toString() {
            return "NewPassword[account=" + account.identifier() + "]";
        }
    }

    /** Which mail tells the person, and what the audit trail says (with the reset procedure as its detail). */
    public enum Reason {
        /** Procedure 1: the secret question. */
        RESET_BY_QUESTION("password-reset", AuditEventType.PASSWORD_RESET, "question"),
        /** Procedure 2: the one-time link mailed to the validated personal address. */
        RESET_BY_LINK("password-reset", AuditEventType.PASSWORD_RESET, "link"),
        /** The one-time link a support agent handed over in person. */
        RESET_BY_SUPPORT_LINK("password-reset", AuditEventType.PASSWORD_RESET, "support-link"),
        CHANGE("password-changed", AuditEventType.PASSWORD_CHANGED, null),
        /** The first password, chosen at activation: no address is validated yet, so no notice. */
        ACTIVATION(null, AuditEventType.ACCOUNT_ACTIVATED, null);

        private final String notice;
        private final AuditEventType event;
        private final String detail;

        Reason(String notice, AuditEventType event, String detail) {
            this.notice = notice;
            this.event = event;
            this.detail = detail;
        }
    }

    @Inject
    Accounts accounts;

    @Inject
    PasswordHashing hashing;

    @Inject
    PasswordRules rules;

    @Inject
    PasswordStores passwords;

    @Inject
    OneTimeTokens tokens;

    @Inject
    Throttle throttle;

    @Inject
    MailOutbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public NewPassword prepare(Account account, String newPassword, String confirmation) {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            throw new PasswordsDiffer();
        }
        PasswordPolicy.Person person = new PasswordPolicy.Person(
                account.identifier().value(), account.firstName(), account.lastName(), settings.institutionName());
        List<PasswordPolicy.Rule> broken = new ArrayList<>(rules.current().check(newPassword, person));
        boolean keepsHashes = passwords.current().keepsHashes();
        if (broken.isEmpty() && keepsHashes && wasUsedRecently(account, newPassword)) {
            broken.add(PasswordPolicy.Rule.REUSED);
        }
        if (!broken.isEmpty()) {
            throw new PasswordRejected(broken);
        }
        return keepsHashes
                ? new NewPassword(account, account.version(), hashing.hash(newPassword), null)
                : new NewPassword(account, account.version(), null, newPassword);
    }

    /**
     * ldap mode: writes the prepared password into the directory, as the person when their current password
     * is given (Mon compte), else as Sésame's service; called with no transaction open, just before the one
     * that {@link #record}s the change. The directory's own policy may still refuse it (history, length,
     * age): the refusal reads like Sésame's own rules. Database mode: nothing to do here.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void write(NewPassword password, Optional<String> currentPassword) {
        if (password.forTheDirectory() == null) {
            return;
        }
        try {
            passwords.current().write(password.account(), password.forTheDirectory(), currentPassword);
        } catch (PasswordRefusedByStore refused) {
            throw new PasswordRejected(List.of(
                    switch (refused.reason()) {
                        case TOO_SHORT -> PasswordPolicy.Rule.TOO_SHORT;
                        case IN_HISTORY -> PasswordPolicy.Rule.REUSED;
                        case QUALITY -> PasswordPolicy.Rule.TOO_WEAK;
                        case TOO_YOUNG -> PasswordPolicy.Rule.TOO_RECENT;
                        case CURRENT_PASSWORD_WRONG, OTHER -> PasswordPolicy.Rule.REFUSED_BY_DIRECTORY;
                    }));
        }
    }

    /**
     * Stores the prepared password and returns the account, managed in the caller's transaction. An account
     * changed since it was read for {@link #prepare} (a second tab, a second click) is left alone: the person
     * is asked to try again, and the rules are checked anew.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Account record(NewPassword password, Reason reason, Requester requester) {
        String clientAddress = requester.clientAddress();
        Locale locale = requester.locale();
        Account account = accounts.byId(password.accountId())
                .filter(current -> current.version() == password.accountVersion())
                .orElseThrow(ServiceBusyException::new);
        Instant now = clock.instant();
        accounts.record(account.changePassword(password.hash(), now));
        tokens.voidAll(TokenPurpose.PASSWORD_RESET, account.id());
        tokens.voidAll(TokenPurpose.SUPPORT_RESET, account.id());
        throttle.clear(
                ThrottleScopes.ANSWER_ACCOUNT,
                Secrets.sha256Hex(account.identifier().value()));
        audit.record(
                reason.event,
                AuditOutcome.SUCCESS,
                account.id(),
                account.identifier().value(),
                clientAddress,
                reason.detail);
        accounts.validatedAddressOf(account)
                .filter(address -> reason.notice != null)
                .ifPresent(address -> outbox.enqueue(
                        address.address(),
                        reason.notice,
                        locale,
                        Map.of(
                                "identifier",
                                account.identifier().value(),
                                "firstName",
                                account.firstName(),
                                "when",
                                Instants.inWords(now, locale, settings.timeZone()),
                                "clientAddress",
                                clientAddress,
                                "institution",
                                settings.institutionName(),
                                "support",
                                settings.supportContact())));
        return account;
    }

    /** The rules of this policy, with its numbers, for the page to show next to the field. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PasswordPolicy policy() {
        return rules.current();
    }

    private boolean wasUsedRecently(Account account, String newPassword) {
        return accounts.recentPasswordHashes(account, settings.passwordHistorySize()).stream()
                .anyMatch(hash -> hashing.verify(newPassword, hash));
    }
}
