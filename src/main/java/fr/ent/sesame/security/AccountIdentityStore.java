package fr.ent.sesame.security;

import fr.ent.sesame.settings.Settings;
import fr.ent.sesame.web.BrowserKey;
import fr.ent.sesame.web.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;

/** Jakarta Security's view of the accounts table. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    SignIn signIn;

    @Inject
    HttpServletRequest request;

    @Inject
    java.time.Clock clock;

    @Inject
    Settings settings;

    @Inject
    fr.ent.sesame.directory.Accounts accounts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return signIn.check(
                        credential.getCaller(),
                        credential.getPasswordAsString(),
                        ClientAddress.of(request),
                        BrowserKey.of(request))
                .map(identifier -> {
                    request.getSession(true).setAttribute(SessionFreshnessFilter.SIGNED_IN_AT, clock.instant());
                    return new CredentialValidationResult(
                            identifier.value(),
                            Roles.of(identifier, settings, group -> accounts.isInDirectoryGroup(identifier, group)));
                })
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
