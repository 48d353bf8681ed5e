package fr.ent.sesame.directory.ldap;

import com.unboundid.ldap.sdk.BindResult;
import com.unboundid.ldap.sdk.Control;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPResult;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import com.unboundid.ldap.sdk.experimental.DraftBeheraLDAPPasswordPolicy10ErrorType;
import com.unboundid.ldap.sdk.experimental.DraftBeheraLDAPPasswordPolicy10RequestControl;
import com.unboundid.ldap.sdk.experimental.DraftBeheraLDAPPasswordPolicy10ResponseControl;
import com.unboundid.ldap.sdk.extensions.PasswordModifyExtendedRequest;
import fr.ent.sesame.directory.Account;
import fr.ent.sesame.directory.DirectoryUnavailable;
import fr.ent.sesame.directory.PasswordRefusedByStore;
import fr.ent.sesame.directory.PasswordStore;
import fr.ent.sesame.settings.DirectoryMode;
import fr.ent.sesame.settings.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Passwords in the directory only. A check is a bind as the person with the password-policy request
 * control, so slapd counts the failure and says when the entry is locked or the password expired. A
 * person's own change is Password Modify on a connection bound as them with the old password; resets and
 * the first password are Password Modify from Sésame's service account. The policy's refusals (too short,
 * in history, quality, too young) come back as {@link PasswordRefusedByStore}.
 */
@ApplicationScoped
public class LdapPasswords implements PasswordStore {

    private static final Logger LOG = Logger.getLogger("sesame.ldap");

    @Inject
    LdapConnections connections;

    @Inject
    LdapPeople people;

    @Inject
    Settings settings;

    @Override
    public DirectoryMode mode() {
        return DirectoryMode.LDAP;
    }

    @Override
    public boolean keepsHashes() {
        return false;
    }

    @Override
    public Verdict check(Account account, String password) {
        Optional<String> dn = people.dnOf(account.identifier());
        if (dn.isEmpty()) {
            return Verdict.WRONG;
        }
        SimpleBindRequest bind =
                new SimpleBindRequest(dn.get(), password, new DraftBeheraLDAPPasswordPolicy10RequestControl());
        try {
            BindResult result = connections.pool().bindAndRevertAuthentication(bind);
            return expiredOrRight(result);
        } catch (LDAPException e) {
            if (e.getResultCode() == ResultCode.INVALID_CREDENTIALS) {
                DraftBeheraLDAPPasswordPolicy10ErrorType error = policyError(e.toLDAPResult());
                return error == DraftBeheraLDAPPasswordPolicy10ErrorType.ACCOUNT_LOCKED
                        ? Verdict.LOCKED
                        : error == DraftBeheraLDAPPasswordPolicy10ErrorType.PASSWORD_EXPIRED
                                ? Verdict.EXPIRED
                                : Verdict.WRONG;
            }
            throw new DirectoryUnavailable("checking a password", e);
        }
    }

    /**
     * An unknown identifier costs a bind too (to a name no entry has, which the directory refuses without
     * counting a failure anywhere), so the time of an answer does not tell a known identifier from another.
     */
    @Override
    public void checkNothing(String password) {
        String nobody = "uid=" + UUID.randomUUID() + "," + settings.ldap().peopleBase();
        try {
            connections
                    .pool()
                    .bindAndRevertAuthentication(new SimpleBindRequest(nobody, password == null ? "x" : password));
        } catch (LDAPException expected) {
            LOG.finest(() -> "Bind as nobody refused, as expected: " + expected.getResultCode());
        }
    }

    @Override
    public void write(Account account, String newPassword, Optional<String> currentPassword) {
        String dn = people.dnOf(account.identifier())
                .orElseThrow(() -> new DirectoryUnavailable("finding " + account.identifier() + " again", null));
        DraftBeheraLDAPPasswordPolicy10RequestControl policy = new DraftBeheraLDAPPasswordPolicy10RequestControl();
        try {
            LDAPResult result;
            if (currentPassword.isPresent()) {
                try (LDAPConnection asThePerson = connections.unboundConnection()) {
                    asThePerson.bind(new SimpleBindRequest(dn, currentPassword.get(), policy));
                    result = asThePerson.processExtendedOperation(new PasswordModifyExtendedRequest(
                            dn, currentPassword.get(), newPassword, new Control[] {policy}));
                }
            } else {
                result = connections
                        .pool()
                        .processExtendedOperation(new PasswordModifyExtendedRequest(
                                dn, (String) null, newPassword, new Control[] {policy}));
            }
            if (result.getResultCode() != ResultCode.SUCCESS) {
                throw refusal(result);
            }
        } catch (LDAPException e) {
            if (e.getResultCode() == ResultCode.INVALID_CREDENTIALS) {
                throw new PasswordRefusedByStore(
                        PasswordRefusedByStore.Reason.CURRENT_PASSWORD_WRONG,
                        e.getResultCode().toString());
            }
            LDAPResult result = e.toLDAPResult();
            if (result.getResultCode() == ResultCode.CONSTRAINT_VIOLATION || policyError(result) != null) {
                throw refusal(result);
            }
            throw new DirectoryUnavailable("writing a password", e);
        }
    }

    private static Verdict expiredOrRight(LDAPResult result) {
        try {
            DraftBeheraLDAPPasswordPolicy10ResponseControl control =
                    DraftBeheraLDAPPasswordPolicy10ResponseControl.get(result);
            if (control != null
                    && (control.getErrorType() == DraftBeheraLDAPPasswordPolicy10ErrorType.PASSWORD_EXPIRED
                            || control.getErrorType() == DraftBeheraLDAPPasswordPolicy10ErrorType.CHANGE_AFTER_RESET)) {
                return Verdict.EXPIRED;
            }
        } catch (LDAPException e) {
            LOG.fine(() -> "Unreadable password-policy control: " + e.getMessage());
        }
        return Verdict.RIGHT;
    }

    private static DraftBeheraLDAPPasswordPolicy10ErrorType policyError(LDAPResult result) {
        try {
            DraftBeheraLDAPPasswordPolicy10ResponseControl control =
                    DraftBeheraLDAPPasswordPolicy10ResponseControl.get(result);
            return control == null ? null : control.getErrorType();
        } catch (LDAPException e) {
            return null;
        }
    }

    private static PasswordRefusedByStore refusal(LDAPResult result) {
        DraftBeheraLDAPPasswordPolicy10ErrorType error = policyError(result);
        PasswordRefusedByStore.Reason reason = error == null
                ? PasswordRefusedByStore.Reason.OTHER
                : switch (error) {
                    case PASSWORD_TOO_SHORT -> PasswordRefusedByStore.Reason.TOO_SHORT;
                    case PASSWORD_IN_HISTORY -> PasswordRefusedByStore.Reason.IN_HISTORY;
                    case INSUFFICIENT_PASSWORD_QUALITY -> PasswordRefusedByStore.Reason.QUALITY;
                    case PASSWORD_TOO_YOUNG -> PasswordRefusedByStore.Reason.TOO_YOUNG;
                    default -> PasswordRefusedByStore.Reason.OTHER;
                };
        return new PasswordRefusedByStore(reason, result.getResultCode() + " " + result.getDiagnosticMessage());
    }
}
