package fr.ent.sesame.account;

import fr.ent.sesame.directory.Account;
import fr.ent.sesame.directory.Accounts;
import fr.ent.sesame.directory.PersonalAddress;
import fr.ent.sesame.kernel.Identifier;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

@Stateless
public class AccountOverview {

    @Inject
    Accounts accounts;

    public AccountSummary of(Identifier identifier) {
        Account account = accounts.byIdentifier(identifier)
                .orElseThrow(() -> new IllegalStateException("Signed-in account no longer exists"));
        PersonalAddress validated = accounts.validatedAddressOf(account).orElse(null);
        PersonalAddress pending = accounts.pendingAddressOf(account).orElse(null);
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
}
