package fr.ent.sesame.address;

import fr.ent.sesame.directory.Account;
import fr.ent.sesame.directory.Accounts;
import fr.ent.sesame.directory.PersonalAddress;
import fr.ent.sesame.kernel.EmailAddress;
import fr.ent.sesame.mail.MailOutbox;
import fr.ent.sesame.settings.Settings;
import fr.ent.sesame.token.OneTimeTokens;
import fr.ent.sesame.token.TokenPurpose;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

/**
 * A personal address proposed by its owner: recorded as waiting, and a one-time link mailed to it. The
 * link opens Mon compte's validation page, so whoever confirms it has signed in as the account.
 */
@Stateless
public class AddressProposals {

    public static final String VALIDATION_PAGE = "/mon-compte/valider-adresse.xhtml?jeton=";

    @Inject
    Accounts accounts;

    @Inject
    OneTimeTokens tokens;

    @Inject
    MailOutbox outbox;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    /** Records the address as waiting for validation and mails it a link; an older pending address and its link die. */
    public void propose(Account account, EmailAddress address, Locale locale) {
        accounts.pendingAddressOf(account).ifPresent(PersonalAddress::replace);
        accounts.add(new PersonalAddress(account, address, clock.instant()));
        mailLink(account, address, locale);
    }

    /**
     * A new link to the address still waiting for validation (the first mail was lost or the link expired: the
     * support desk sends it again); the older link dies. The address keeps its place and its date.
     */
    public void mailLinkAgain(Account account, PersonalAddress pending, Locale locale) {
        mailLink(account, pending.address(), locale);
    }

    private void mailLink(Account account, EmailAddress address, Locale locale) {
        String token =
                tokens.issue(TokenPurpose.ADDRESS_VALIDATION, account.id(), address, settings.addressLinkLifetime());
        outbox.enqueue(
                address,
                "address-validation",
                locale,
                Map.of(
                        "link", settings.publicUrl() + VALIDATION_PAGE + token,
                        "hours", Long.toString(settings.addressLinkLifetime().toHours()),
                        "identifier", account.identifier().value(),
                        "firstName", account.firstName(),
                        "institution", settings.institutionName(),
                        "support", settings.supportContact()));
    }
}
