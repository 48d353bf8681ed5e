package fr.ent.sesame.account;

import fr.ent.sesame.address.AddressProposals;
import fr.ent.sesame.address.AddressRejected;
import fr.ent.sesame.audit.AuditEventType;
import fr.ent.sesame.audit.AuditLog;
import fr.ent.sesame.audit.AuditOutcome;
import fr.ent.sesame.directory.Account;
import fr.ent.sesame.directory.Accounts;
import fr.ent.sesame.directory.PersonalAddress;
import fr.ent.sesame.kernel.EmailAddress;
import fr.ent.sesame.kernel.Identifier;
import fr.ent.sesame.kernel.Requester;
import fr.ent.sesame.kernel.Transactions;
import fr.ent.sesame.mail.MailOutbox;
import fr.ent.sesame.settings.Settings;
import fr.ent.sesame.token.OneTimeToken;
import fr.ent.sesame.token.OneTimeTokens;
import fr.ent.sesame.token.TokenPurpose;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Mon compte › adresse personnelle: a new address counts only once the link sent to it is confirmed;
 * until then the previously validated address stays in force for resets and notices.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PersonalAddressChange {

    @Inject
    CurrentPasswordCheck currentPassword;

    @Inject
    Accounts accounts;

    @Inject
    OneTimeTokens tokens;

    @Inject
    AddressProposals proposals;

    @Inject
    MailOutbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Inject
    Transactions transactions;

    /** Records the address as waiting for validation and mails it a link; an older pending address and link die. */
    public void request(Identifier identifier, String typedAddress, String current, Requester requester) {
        EmailAddress address = AddressRejected.unlessAcceptable(typedAddress);
        Account confirmed = currentPassword.confirm(identifier, current, requester);
        transactions.inOne(() -> {
            Account account = accounts.byId(confirmed.id()).orElseThrow();
            proposals.propose(account, address, requester.locale());
            audit.record(
                    AuditEventType.ADDRESS_CHANGE_REQUESTED,
                    AuditOutcome.SUCCESS,
                    account.id(),
                    identifier.value(),
                    requester.clientAddress(),
                    null);
        });
    }

    /** The address the link would validate, if it is usable by the signed-in account. Changes nothing. */
    public Optional<EmailAddress> addressToValidate(Identifier identifier, String token) {
        return usable(identifier, token).map(OneTimeToken::targetAddress);
    }

    /**
     * The confirm button: the link is consumed by one conditional update; the address becomes the validated
     * one, the previous validated address is replaced and told so, and reset links sent to it die.
     */
    public void validate(Identifier identifier, String token, Requester requester) {
        // The account is looked up first, with no transaction open (in ldap mode it asks the directory).
        Long signedIn = accounts.byIdentifier(identifier).map(Account::id).orElseThrow(ValidationLinkRefused::new);
        EmailAddress validated = transactions.inOne(
                () -> validateIn(signedIn, identifier, token, requester.clientAddress(), requester.locale()));
        accounts.shareValidatedAddress(identifier, validated);
    }

    private EmailAddress validateIn(
            Long signedIn, Identifier identifier, String token, String clientAddress, Locale locale) {
        OneTimeToken link = tokens.findUsable(TokenPurpose.ADDRESS_VALIDATION, token)
                .filter(t -> signedIn.equals(t.accountId()))
                .orElseThrow(ValidationLinkRefused::new);
        Account account = accounts.byId(link.accountId()).orElseThrow(ValidationLinkRefused::new);
        PersonalAddress pending = accounts.pendingAddressOf(account)
                .filter(p -> p.address().equals(link.targetAddress()))
                .orElseThrow(ValidationLinkRefused::new);
        if (!tokens.consume(TokenPurpose.ADDRESS_VALIDATION, token)) {
            throw new ValidationLinkRefused();
        }
        Instant now = clock.instant();
        Optional<PersonalAddress> previous = accounts.validatedAddressOf(account);
        previous.ifPresent(PersonalAddress::replace);
        pending.validate(now);
        tokens.voidAll(TokenPurpose.PASSWORD_RESET, account.id());
        audit.record(
                AuditEventType.ADDRESS_VALIDATED,
                AuditOutcome.SUCCESS,
                account.id(),
                identifier.value(),
                clientAddress,
                null);
        previous.filter(old -> !old.address().equals(pending.address()))
                .ifPresent(old -> outbox.enqueue(
                        old.address(),
                        "address-replaced",
                        locale,
                        Map.of(
                                "identifier", account.identifier().value(),
                                "firstName", account.firstName(),
                                "institution", settings.institutionName(),
                                "support", settings.supportContact())));
        return pending.address();
    }

    private Optional<OneTimeToken> usable(Identifier identifier, String token) {
        return tokens.findUsable(TokenPurpose.ADDRESS_VALIDATION, token)
                .filter(t -> accounts.byIdentifier(identifier)
                        .map(Account::id)
                        .filter(t.accountId()::equals)
                        .isPresent());
    }
}
