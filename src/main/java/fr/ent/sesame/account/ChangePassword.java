package fr.ent.sesame.account;

import fr.ent.sesame.directory.Account;
import fr.ent.sesame.kernel.Identifier;
import fr.ent.sesame.kernel.Requester;
import fr.ent.sesame.kernel.Transactions;
import fr.ent.sesame.password.PasswordChanges;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * Mon compte › changer son mot de passe: the current one, then the new one under the same rules as a reset.
 * Both hashes are computed with no transaction open; only the change itself is one.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChangePassword {

    @Inject
    CurrentPasswordCheck currentPassword;

    @Inject
    PasswordChanges passwordChanges;

    @Inject
    Transactions transactions;

    /** When the change took effect: sessions that signed in before it end, this one carries on from it. */
    public Instant change(
            Identifier identifier, String current, String newPassword, String confirmation, Requester requester) {
        Account account = currentPassword.confirm(identifier, current, requester);
        PasswordChanges.NewPassword prepared = passwordChanges.prepare(account, newPassword, confirmation);
        passwordChanges.write(prepared, Optional.of(current));
        return transactions.inOne(() -> passwordChanges
                .record(prepared, PasswordChanges.Reason.CHANGE, requester)
                .passwordChangedAt());
    }
}
