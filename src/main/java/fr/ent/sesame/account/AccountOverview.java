package fr.ent.sesame.account;

import fr.ent.sesame.directory.Account;
import fr.ent.sesame.directory.Accounts;
import fr.ent.sesame.directory.PersonalAddress;
import fr.ent.sesame.directory.PersonalAddressState;
import fr.ent.sesame.kernel.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * What Mon compte shows. It only reads, so it opens no transaction: one would keep a database connection
 * from the first read to the end of the view and, in ldap mode, stay open while the directory answers (the
 * account row is brought in line with the entry in its own short transaction). Two queries per view in
 * database mode: the account, then its current addresses.
 */
@ApplicationScoped
public class AccountOverview {

    @Inject
    Accounts accounts;

    public AccountSummary of(Identifier identifier) {
        Account account = accounts.byIdentifier(identifier)
                .orElseThrow(() -> new IllegalStateException("Signed-in account no longer exists"));
        List<PersonalAddress> current = accounts.currentAddressesOf(account);
        PersonalAddress validated = first(current, PersonalAddressState.VALIDATED);
        PersonalAddress pending = first(current, PersonalAddressState.PENDING);
        return new AccountSummary(
                account.identifier(),
                account.firstName(),
                account.lastName(),
                account.kind(),
                account.hasSecretQuestion(),
                validated == null ? null : validated.address(),
                validated == null ? null : validated.validatedAt(),
                pending == null ? null : pending.address(),
                account.passwordChangedAt());
    }

    private static PersonalAddress first(List<PersonalAddress> addresses, PersonalAddressState state) {
        return addresses.stream()
                .filter(address -> address.state() == state)
                .findFirst()
                .orElse(null);
    }
}
