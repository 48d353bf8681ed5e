package fr.ent.sesame.support;

import fr.ent.sesame.audit.AuditEventType;
import fr.ent.sesame.audit.AuditLog;
import fr.ent.sesame.directory.Account;
import fr.ent.sesame.directory.AccountState;
import fr.ent.sesame.directory.Accounts;
import fr.ent.sesame.directory.MemberNumbers;
import fr.ent.sesame.directory.PersonalAddress;
import fr.ent.sesame.directory.PersonalAddressState;
import fr.ent.sesame.directory.SelfService;
import fr.ent.sesame.kernel.EmailAddress;
import fr.ent.sesame.kernel.Identifier;
import fr.ent.sesame.kernel.Instants;
import fr.ent.sesame.kernel.Requester;
import fr.ent.sesame.kernel.Transactions;
import fr.ent.sesame.mail.MailOutbox;
import fr.ent.sesame.reset.ResetByEmail;
import fr.ent.sesame.security.Roles;
import fr.ent.sesame.security.Throttle;
import fr.ent.sesame.security.ThrottleScopes;
import fr.ent.sesame.settings.Settings;
import fr.ent.sesame.token.OneTimeTokens;
import fr.ent.sesame.token.TokenPurpose;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The support desk: find a person, see their account, act for them. Looking needs the role
 * {@code support} or {@code support-readonly}, acting needs {@code support}; both are checked here, whatever
 * page or post asked. Every action takes the agent's reason, is recorded with the agent as its actor, and
 * tells the person at their validated address. Agents never see or choose a password, an answer or a link
 * after it was shown once. Runs without a transaction until it writes (the directory may be asked first).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SupportDesk {

    /** Most people a search lists; a name shared by more asks the agent for an identifier or a number. */
    public static final int MOST_FOUND = 20;

    private static final int LATEST_EVENTS = 15;
    private static final int JOURNAL_LENGTH = 200;

    /** The actions, as the audit trail and the person's notice name them. */
    public enum Action {
        CLEAR_LOCKS(AuditEventType.SUPPORT_LOCKS_CLEARED, true),
        /** The reset mail itself tells the person. */
        MAIL_RESET_LINK(AuditEventType.SUPPORT_RESET_LINK_SENT, false),
        HAND_OVER_LINK(AuditEventType.SUPPORT_LINK_ISSUED, true),
        REMOVE_QUESTION(AuditEventType.SUPPORT_QUESTION_REMOVED, true),
        REMOVE_ADDRESS(AuditEventType.SUPPORT_ADDRESS_REMOVED, true),
        /** The validation mail itself goes to the address concerned. */
        RESEND_VALIDATION(AuditEventType.SUPPORT_VALIDATION_RESENT, false),
        END_SESSIONS(AuditEventType.SUPPORT_SESSIONS_ENDED, true);

        private final AuditEventType event;
        /** Whether the person gets the support desk's notice (else the action's own mail tells them). */
        private final boolean notice;

        Action(AuditEventType event, boolean notice) {
            this.event = event;
            this.notice = notice;
        }
    }

    @Inject
    Accounts accounts;

    @Inject
    SelfService selfService;

    @Inject
    Throttle throttle;

    @Inject
    OneTimeTokens tokens;

    @Inject
    MailOutbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    ResetByEmail resetByEmail;

    @Inject
    fr.ent.sesame.address.AddressProposals proposals;

    @Inject
    Settings settings;

    @Inject
    Transactions transactions;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    /**
     * People by identifier or number (student, INE, staff) when one is typed, else by last and first name
     * (case and accents ignored); at most {@link #MOST_FOUND}, in name order.
     */
    public List<PersonFound> find(String identifierOrNumber, String lastName, String firstName) {
        looking();
        Map<Long, Account> found = new LinkedHashMap<>();
        String typed = identifierOrNumber == null ? "" : identifierOrNumber.strip();
        if (!typed.isEmpty()) {
            if (typed.length() <= Identifier.LONGEST) {
                Identifier.parse(typed)
                        .flatMap(accounts::byIdentifier)
                        .ifPresent(account -> found.put(account.id(), account));
                accounts.byAnyNumber(MemberNumbers.canonical(typed))
                        .forEach(account -> found.putIfAbsent(account.id(), account));
            }
        } else {
            accounts.byName(lastName, firstName, MOST_FOUND).forEach(account -> found.put(account.id(), account));
        }
        return found.values().stream().limit(MOST_FOUND).map(PersonFound::of).toList();
    }

    /** Everything the desk may see of the account (never a secret). */
    public AccountFile file(Long accountId) {
        looking();
        Account account = account(accountId);
        List<PersonalAddress> addresses = accounts.currentAddressesOf(account);
        List<EmailAddress> recipients =
                new ArrayList<>(addresses.stream().map(PersonalAddress::address).toList());
        account.enrolmentAddress().ifPresent(recipients::add);
        boolean mailable = mayMailResetLink(account);
        return new AccountFile(
                PersonFound.of(account),
                account.hasSecretQuestion(),
                account.questionChangedAt(),
                account.passwordChangedAt(),
                addresses.stream()
                        .map(a -> new AccountFile.Address(
                                a.id(),
                                a.address(),
                                a.state() == PersonalAddressState.VALIDATED,
                                a.state() == PersonalAddressState.VALIDATED ? a.validatedAt() : a.requestedAt()))
                        .toList(),
                throttle.standing(ThrottleScopes.ofPerson(account.identifier(), account.id())),
                tokens.outstandingFor(account.id()).stream()
                        .map(t -> new AccountFile.Link(t.purpose().name(), t.createdAt(), t.expiresAt()))
                        .toList(),
                outbox.waitingOrGivenUpFor(recipients),
                audit.latestOf(account.id(), LATEST_EVENTS),
                new AccountFile.Actions(
                        mailable,
                        !mailable && account.state() == AccountState.ACTIVE,
                        account.hasSecretQuestion(),
                        accounts.pendingAddressOf(account).isPresent()));
    }

    /**
     * The support desk's own actions, newest first: by one agent, on one account (by its id, or by the person's
     * identifier); each filter may be null.
     */
    public List<ActionDone> actions(String agent, Long accountId, String person) {
        looking();
        String agentIdentifier = agent == null || agent.isBlank() ? null : Identifier.folded(agent);
        if (accountId == null && person != null && !person.isBlank()) {
            // By the person's identifier: their row as stored (an identifier the desk never acted on lists nothing).
            Optional<Account> named = Identifier.parse(person).flatMap(accounts::storedByIdentifier);
            if (named.isEmpty()) {
                return List.of();
            }
            accountId = named.get().id();
        }
        Map<Long, String> identifiers = new java.util.HashMap<>();
        return audit.bySupport(agentIdentifier, accountId, JOURNAL_LENGTH).stream()
                .map(event -> new ActionDone(
                        event.occurredAt(),
                        event.supportAgent(),
                        event.type(),
                        event.accountId(),
                        event.accountId() == null
                                ? ""
                                : identifiers.computeIfAbsent(
                                        event.accountId(),
                                        id -> accounts.byId(id)
                                                .map(account ->
                                                        account.identifier().value())
                                                .orElse("")),
                        event.reason()))
                .toList();
    }

    /** The outbox: mails waiting, and those given up in the last week (recipients for the page to mask). */
    public List<fr.ent.sesame.mail.OutboxEntry> outbox() {
        looking();
        return outbox.waitingOrGivenUp(7);
    }

    /**
     * A mail given up (the relay refused it for a while, say) goes again, if its content is still kept (a
     * day); recorded with the agent and the reason. A reset link in it may have expired meanwhile: the
     * person then asks again, or the agent sends a new one.
     */
    public void retryMail(Long mailId, String reason, Requester requester) {
        Identifier agent = acting();
        requireReason(reason);
        transactions.inOne(() -> {
            fr.ent.sesame.mail.OutboxEntry mail = outbox.retry(mailId).orElseThrow(ActionNotPossible::new);
            audit.recordBySupport(
                    agent.value(),
                    AuditEventType.SUPPORT_MAIL_RETRIED,
                    null,
                    null,
                    requester.clientAddress(),
                    "mail " + mail.id() + " " + mail.template(),
                    reason);
        });
    }

    /** Every counter and lock of the person (sign-in, answers, reset mails, current password, activation codes). */
    public void clearLocks(Long accountId, String reason, Requester requester) {
        act(
                Action.CLEAR_LOCKS,
                accountId,
                reason,
                requester,
                account -> ThrottleScopes.ofPerson(account.identifier(), account.id())
                        .forEach(throttle::clear));
    }

    /**
     * Procedure 2's link and mail, sent to the validated address, for a person procedure 2 serves (asked by
     * phone, say, when they cannot reach the page); the mail itself is the notice.
     */
    public void mailResetLink(Long accountId, String reason, Requester requester) {
        Locale locale = requester.locale();
        act(Action.MAIL_RESET_LINK, accountId, reason, requester, account -> {
            if (!mayMailResetLink(account)) {
                throw new ActionNotPossible();
            }
            resetByEmail.mailLink(
                    account, accounts.validatedAddressOf(account).orElseThrow().address(), locale);
        });
    }

    /**
     * A one-time link for someone procedure 2 cannot serve (a temporary account, no validated address), to
     * hand over in person: returned once, for the agent's page to show once; only its hash is kept.
     */
    public String handOverLink(Long accountId, String reason, Requester requester) {
        return actFor(Action.HAND_OVER_LINK, accountId, reason, requester, account -> {
            if (mayMailResetLink(account) || account.state() != AccountState.ACTIVE) {
                throw new ActionNotPossible();
            }
            return resetByEmail.inPersonLink(account);
        });
    }

    /** The person says their answer is known to someone else: procedure 1 is closed to them until they choose another. */
    public void removeQuestion(Long accountId, String reason, Requester requester) {
        act(Action.REMOVE_QUESTION, accountId, reason, requester, account -> {
            if (!account.hasSecretQuestion()) {
                throw new ActionNotPossible();
            }
            account.removeSecretQuestion(clock.instant());
            throttle.clear(
                    ThrottleScopes.ANSWER_ACCOUNT,
                    fr.ent.sesame.kernel.Secrets.sha256Hex(account.identifier().value()));
        });
    }

    /**
     * The person says the address is no longer theirs: it stops counting (or waiting), and the links that
     * went to it die. The notice goes to it one last time when it was the validated one.
     */
    public void removeAddress(Long accountId, Long addressId, String reason, Requester requester) {
        Identifier removedFromEntryOf = actFor(Action.REMOVE_ADDRESS, accountId, reason, requester, account -> {
            PersonalAddress address = accounts.addressById(addressId)
                    .filter(a -> a.account().id().equals(account.id()) && a.state() != PersonalAddressState.REPLACED)
                    .orElseThrow(ActionNotPossible::new);
            boolean wasValidated = address.state() == PersonalAddressState.VALIDATED;
            address.replace();
            tokens.voidAll(TokenPurpose.ADDRESS_VALIDATION, account.id());
            if (wasValidated) {
                tokens.voidAll(TokenPurpose.PASSWORD_RESET, account.id());
            }
            return wasValidated ? account.identifier() : null;
        });
        if (removedFromEntryOf != null) {
            // After the transaction, with none open: the directory is slow and no transaction can undo it.
            accounts.forgetAddressInDirectory(removedFromEntryOf);
        }
    }

    /**
     * The validation link of the address waiting for it, sent again (the person says it never came, or it
     * expired); the mail itself goes to that address, so no other notice.
     */
    public void resendValidationLink(Long accountId, String reason, Requester requester) {
        Locale locale = requester.locale();
        act(
                Action.RESEND_VALIDATION,
                accountId,
                reason,
                requester,
                account -> proposals.mailLinkAgain(
                        account, accounts.pendingAddressOf(account).orElseThrow(ActionNotPossible::new), locale));
    }

    /** Every session of the person ends at its next request, on every node (a borrowed or forgotten session). */
    public void endSessions(Long accountId, String reason, Requester requester) {
        act(Action.END_SESSIONS, accountId, reason, requester, account -> account.endSessions(clock.instant()));
    }

    /**
     * One action, in one transaction: the change, its audit event with the agent and the reason, and the
     * notice to the address validated before the change (for a removed address, that address).
     */
    private void act(
            Action action,
            Long accountId,
            String reason,
            Requester requester,
            java.util.function.Consumer<Account> change) {
        actFor(action, accountId, reason, requester, account -> {
            change.accept(account);
            return null;
        });
    }

    /** {@link #act}, for an action whose change gives something back (a link to show, whether to go on). */
    private <T> T actFor(
            Action action,
            Long accountId,
            String reason,
            Requester requester,
            java.util.function.Function<Account, T> change) {
        String clientAddress = requester.clientAddress();
        Locale locale = requester.locale();
        Identifier agent = acting();
        requireReason(reason);
        return transactions.inOne(() -> {
            Account account = account(accountId);
            if (account.identifier().equals(agent)) {
                // Separation of duties: an agent's own account goes through the procedures, or another agent.
                throw new ActionNotPossible();
            }
            Optional<EmailAddress> noticeTo =
                    accounts.validatedAddressOf(account).map(PersonalAddress::address);
            T done = change.apply(account);
            audit.recordBySupport(
                    agent.value(),
                    action.event,
                    account.id(),
                    account.identifier().value(),
                    clientAddress,
                    null,
                    reason);
            if (action.notice) {
                noticeTo.ifPresent(address -> notice(address, account, action, locale));
            }
            return done;
        });
    }

    /** Every action of the desk says why; the service refuses one without a reason, whatever the page did. */
    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ReasonMissing();
        }
    }

    private void notice(EmailAddress address, Account account, Action action, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", locale);
        outbox.enqueue(
                address,
                "support-action",
                locale,
                Map.of(
                        "identifier", account.identifier().value(),
                        "firstName", account.firstName(),
                        "action", bundle.getString("mail.support-action." + action.name()),
                        "when", Instants.inWords(clock.instant(), locale, settings.timeZone()),
                        "institution", settings.institutionName(),
                        "support", settings.supportContact()));
    }

    private boolean mayMailResetLink(Account account) {
        return settings.emailProcedureEnabled()
                && selfService.allows(account)
                && accounts.validatedAddressOf(account).isPresent();
    }

    private Account account(Long accountId) {
        if (accountId == null) {
            throw new NoSuchAccount();
        }
        return accounts.byId(accountId).orElseThrow(NoSuchAccount::new);
    }

    /** The caller may look: either support role. */
    private void looking() {
        if (!security.isCallerInRole(Roles.SUPPORT) && !security.isCallerInRole(Roles.SUPPORT_READONLY)) {
            throw new NotASupportAgent();
        }
    }

    /** The caller may act (role support); returns their identifier, the actor of what they do. */
    private Identifier acting() {
        if (!security.isCallerInRole(Roles.SUPPORT)) {
            throw new NotASupportAgent();
        }
        return new Identifier(security.getCallerPrincipal().getName());
    }
}
