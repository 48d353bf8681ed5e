package fr.ent.sesame.password;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import fr.ent.sesame.audit.AuditEventType;
import fr.ent.sesame.audit.AuditLog;
import fr.ent.sesame.audit.AuditOutcome;
import fr.ent.sesame.directory.Account;
import fr.ent.sesame.directory.Accounts;
import fr.ent.sesame.kernel.Secrets;
import fr.ent.sesame.mail.MailOutbox;
import fr.ent.sesame.security.Throttle;
import fr.ent.sesame.security.ThrottleScopes;
import fr.ent.sesame.settings.Settings;
import fr.ent.sesame.token.OneTimeTokens;
import fr.ent.sesame.token.TokenPurpose;

/**
 * Everything that happens when an account gets a new password, whichever procedure asked for it: the
 * rules, the history, the end of other sessions, the death of outstanding reset links, the reset of the
 * guessing counters, and a notice to the validated personal address. Runs in the caller's transaction,
 * so a refusal leaves everything as it was.
 */
@Stateless
public class PasswordChanges {

    /** Which mail tells the person, and what the audit trail says. */
    public enum Reason {
        RESET("password-reset", AuditEventType.PASSWORD_RESET),
        CHANGE("password-changed", AuditEventType.PASSWORD_CHANGED),
        /** The first password, chosen at activation: no address is validated yet, so no notice. */
        ACTIVATION(null, AuditEventType.ACCOUNT_ACTIVATED);

        private final String notice;
        private final AuditEventType event;

        Reason(String notice, AuditEventType event) {
            this.notice = notice;
            this.event = event;
        }
    }

    @Inject
    Accounts accounts;

    @Inject
    PasswordHashing hashing;

    @Inject
    PasswordRules rules;

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

    public void apply(Account account, String newPassword, String confirmation, Reason reason, String clientAddress,
            Locale locale) {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            throw new PasswordsDiffer();
        }
        PasswordPolicy.Person person = new PasswordPolicy.Person(account.identifier(), account.firstName(),
                account.lastName(), settings.institutionName());
        List<PasswordPolicy.Rule> broken = new ArrayList<>(rules.current().check(newPassword, person));
        if (broken.isEmpty() && wasUsedRecently(account, newPassword)) {
            broken.add(PasswordPolicy.Rule.REUSED);
        }
        if (!broken.isEmpty()) {
            throw new PasswordRejected(broken);
        }
        Instant now = clock.instant();
        accounts.record(account.changePassword(hashing.hash(newPassword), now));
        tokens.voidAll(TokenPurpose.PASSWORD_RESET, account.id());
        throttle.clear(ThrottleScopes.ANSWER_ACCOUNT, Secrets.sha256Hex(account.identifier()));
        audit.record(reason.event, AuditOutcome.SUCCESS, account.id(), account.identifier(), clientAddress, null);
        accounts.validatedAddressOf(account).filter(address -> reason.notice != null).ifPresent(address -> outbox.enqueue(address.address(), reason.notice, locale,
                Map.of("identifier", account.identifier(),
                        "firstName", account.firstName(),
                        "when", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                                .withLocale(locale).withZone(settings.timeZone()).format(now),
                        "clientAddress", clientAddress,
                        "institution", settings.institutionName(),
                        "support", settings.supportContact())));
    }

    /** The rules of this policy, with its numbers, for the page to show next to the field. */
    public PasswordPolicy policy() {
        return rules.current();
    }

    private boolean wasUsedRecently(Account account, String newPassword) {
        return accounts.recentPasswordHashes(account, settings.passwordHistorySize()).stream()
                .anyMatch(hash -> hashing.verify(newPassword, hash));
    }
}
