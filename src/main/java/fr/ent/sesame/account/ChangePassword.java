package fr.ent.sesame.account;

import java.time.Instant;
import java.util.Locale;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import fr.ent.sesame.directory.Account;
import fr.ent.sesame.password.PasswordChanges;

/** Mon compte › changer son mot de passe: the current one, then the new one under the same rules as a reset. */
@Stateless
public class ChangePassword {

    @Inject
    CurrentPasswordCheck currentPassword;

    @Inject
    PasswordChanges passwordChanges;

    /** When the change took effect: sessions that signed in before it end, this one carries on from it. */
    public Instant change(String identifier, String current, String newPassword, String confirmation,
            String clientAddress, Locale locale) {
        Account account = currentPassword.confirm(identifier, current, clientAddress);
        passwordChanges.apply(account, newPassword, confirmation, PasswordChanges.Reason.CHANGE, clientAddress, locale);
        return account.passwordChangedAt();
    }
}
