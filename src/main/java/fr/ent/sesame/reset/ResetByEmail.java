package fr.ent.sesame.reset;

import fr.ent.sesame.audit.AuditEventType;
import fr.ent.sesame.audit.AuditLog;
import fr.ent.sesame.audit.AuditOutcome;
import fr.ent.sesame.directory.Account;
import fr.ent.sesame.directory.Accounts;
import fr.ent.sesame.directory.PersonalAddress;
import fr.ent.sesame.directory.SelfService;
import fr.ent.sesame.kernel.EmailAddress;
import fr.ent.sesame.kernel.Identifier;
import fr.ent.sesame.kernel.Requester;
import fr.ent.sesame.kernel.Secrets;
import fr.ent.sesame.kernel.Transactions;
import fr.ent.sesame.mail.MailOutbox;
import fr.ent.sesame.password.PasswordChanges;
import fr.ent.sesame.security.Throttle;
import fr.ent.sesame.security.ThrottleScopes;
import fr.ent.sesame.settings.Settings;
import fr.ent.sesame.token.OneTimeToken;
import fr.ent.sesame.token.OneTimeTokens;
import fr.ent.sesame.token.TokenPurpose;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Procédure 2 — adresse électronique personnelle: a one-time link to the validated address. Runs without a
 * transaction until it writes: refusals and counters are written on their own, a link with its mail and
 * audit event in one transaction, a new password with the consumption of its link in another.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ResetByEmail {

    static final String LINK_PAGE = "/assistance/lien.xhtml?jeton=";

    @Inject
    Accounts accounts;

    @Inject
    SelfService selfService;

    @Inject
    OneTimeTokens tokens;

    @Inject
    MailOutbox outbox;

    @Inject
    PasswordChanges passwordChanges;

    @Inject
    Throttle throttle;

    @Inject
    AuditLog audit;

    @Inject
    Settings settings;

    @Inject
    Transactions transactions;

    /**
     * Steps 1 and 2: if identifier and address match the validated personal address of a self-service
     * account, a link goes to that address (from the outbox, after the response). Otherwise one refusal,
     * the same for an unknown identifier, a wrong address, an address not validated and a temporary account.
     */
    public void requestLink(String identifierAsTyped, String addressAsTyped, Requester requester) {
        String clientAddress = requester.clientAddress();
        if (!settings.emailProcedureEnabled()) {
            throw new ProcedureClosed();
        }
        Optional<Identifier> identifier = Identifier.parse(identifierAsTyped);
        String typed = Identifier.folded(identifierAsTyped);
        if (!throttle.tryUse(
                ThrottleScopes.RESET_MAIL_CLIENT,
                clientAddress,
                settings.resetMailsPerClientPerHour(),
                Duration.ofHours(1))) {
            audit.record(
                    AuditEventType.RESET_REQUESTED, AuditOutcome.REFUSED, null, typed, clientAddress, "client limit");
            throw new TooManyRequests();
        }
        Optional<EmailAddress> address = EmailAddress.parse(addressAsTyped);
        Optional<Account> account = address.isEmpty() || identifier.isEmpty()
                ? Optional.empty()
                : accounts.byIdentifier(identifier.get())
                        .filter(selfService::allows)
                        .filter(a -> accounts.validatedAddressOf(a)
                                .map(PersonalAddress::address)
                                .filter(address.get()::equals)
                                .isPresent());
        if (account.isEmpty()) {
            audit.record(AuditEventType.RESET_REQUESTED, AuditOutcome.FAILURE, null, typed, clientAddress, null);
            throw new NoValidatedAddressMatch();
        }
        Account found = account.get();
        if (!throttle.tryUse(
                ThrottleScopes.RESET_MAIL_ACCOUNT,
                Secrets.sha256Hex(typed),
                settings.resetMailsPerAccountPerHour(),
                Duration.ofHours(1))) {
            // Same answer as when a mail goes: the person already has recent links in their mailbox.
            audit.record(
                    AuditEventType.RESET_REQUESTED,
                    AuditOutcome.REFUSED,
                    found.id(),
                    typed,
                    clientAddress,
                    "account limit");
            return;
        }
        transactions.inOne(() -> {
            mailLink(found, address.get(), requester.locale());
            audit.record(AuditEventType.RESET_LINK_SENT, AuditOutcome.SUCCESS, found.id(), typed, clientAddress, null);
        });
    }

    /**
     * Issues a link for the account and writes its mail to the address (its validated one), in the caller's
     * transaction; every older link of the account dies. Procedure 2, and the support desk's "send a reset link".
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void mailLink(Account account, EmailAddress validatedAddress, Locale locale) {
        String token =
                tokens.issue(TokenPurpose.PASSWORD_RESET, account.id(), validatedAddress, settings.resetLinkLifetime());
        outbox.enqueue(
                validatedAddress,
                "reset-link",
                locale,
                Map.of(
                        "link", linkTo(token),
                        "minutes", Long.toString(settings.resetLinkLifetime().toMinutes()),
                        "identifier", account.identifier().value(),
                        "firstName", account.firstName(),
                        "institution", settings.institutionName(),
                        "support", settings.supportContact()));
    }

    /**
     * A link the support desk hands over in person, to someone procedure 2 cannot serve (a temporary account,
     * no validated address): the same page, usable once, for as long as the setting says. Returns the link
     * itself, which only the agent's page shows, once; the database keeps its hash.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public String inPersonLink(Account account) {
        return linkTo(tokens.issue(TokenPurpose.SUPPORT_RESET, account.id(), null, settings.supportLinkLifetime()));
    }

    private String linkTo(String token) {
        return settings.publicUrl() + LINK_PAGE + token;
    }

    /** Opening the link: says whether it can still be used. Changes nothing (mail scanners open links too). */
    public boolean isUsable(String token) {
        return usable(token).isPresent();
    }

    /**
     * Step 3: the new password, checked against Sésame's rules before anything is claimed. The link is then
     * claimed by one conditional update, so of two simultaneous posts only one goes on, and only that one
     * writes the password where it lives (the directory, in ldap mode: a write no transaction can undo,
     * hence the claim first). The change is recorded in a second transaction; a password the directory
     * refuses gives the link back, so the person can try another.
     */
    public void chooseNewPassword(String token, String newPassword, String confirmation, Requester requester) {
        String clientAddress = requester.clientAddress();
        UsableLink link = usable(token).orElseGet(() -> refuse(clientAddress));
        Account account = link.account();
        PasswordChanges.NewPassword prepared = passwordChanges.prepare(account, newPassword, confirmation);
        if (!transactions.inOne(() -> tokens.consume(link.purpose(), token))) {
            refuse(clientAddress);
        }
        try {
            passwordChanges.write(prepared, Optional.empty());
            transactions.inOne(() -> {
                passwordChanges.record(
                        prepared,
                        link.purpose() == TokenPurpose.SUPPORT_RESET
                                ? PasswordChanges.Reason.RESET_BY_SUPPORT_LINK
                                : PasswordChanges.Reason.RESET_BY_LINK,
                        requester);
                audit.record(
                        AuditEventType.RESET_LINK_USED,
                        AuditOutcome.SUCCESS,
                        account.id(),
                        account.identifier().value(),
                        clientAddress,
                        null);
            });
        } catch (RuntimeException notDone) {
            transactions.inOne(() -> tokens.release(link.purpose(), token));
            throw notDone;
        }
    }

    /** A link that can still be used, for this account, of this kind. */
    private record UsableLink(Account account, TokenPurpose purpose) {}

    /**
     * A mailed link counts while the account may use self-service and the address it went to is still the
     * validated one; a link handed over by the support desk counts while the account is active, whatever its
     * kind (temporary accounts are what it is for).
     */
    private Optional<UsableLink> usable(String token) {
        Optional<OneTimeToken> mailed = tokens.findUsable(TokenPurpose.PASSWORD_RESET, token);
        if (mailed.isPresent()) {
            return mailed.flatMap(t -> accounts.byId(t.accountId()))
                    .filter(selfService::allows)
                    .filter(a -> accounts.validatedAddressOf(a)
                            .map(PersonalAddress::address)
                            .filter(mailed.get().targetAddress()::equals)
                            .isPresent())
                    .map(a -> new UsableLink(a, TokenPurpose.PASSWORD_RESET));
        }
        return tokens.findUsable(TokenPurpose.SUPPORT_RESET, token)
                .flatMap(t -> accounts.byId(t.accountId()))
                .filter(a -> a.state() == fr.ent.sesame.directory.AccountState.ACTIVE)
                .map(a -> new UsableLink(a, TokenPurpose.SUPPORT_RESET));
    }

    private <T> T refuse(String clientAddress) {
        audit.record(AuditEventType.RESET_LINK_REFUSED, AuditOutcome.REFUSED, null, null, clientAddress, null);
        throw new LinkRefused();
    }
}
