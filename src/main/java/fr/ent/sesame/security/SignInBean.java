package fr.ent.sesame.security;

import fr.ent.sesame.directory.PasswordStore;
import fr.ent.sesame.kernel.Failures;
import fr.ent.sesame.kernel.ServiceBusyException;
import fr.ent.sesame.settings.Settings;
import fr.ent.sesame.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** The sign-in form: hands the typed credentials to Jakarta Security and reports the outcome. */
@Named
@RequestScoped
public class SignInBean {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    Settings settings;

    private String identifier;

    private String password;

    public String signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status;
        try {
            // A session id known before sign-in (possibly planted by someone else) must not become an
            // authenticated one: the session keeps its content under a new id.
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            status = securityContext.authenticate(
                    request,
                    response,
                    AuthenticationParameters.withParams()
                            // Not a "new authentication": Soteria would then drop the page the person asked for before
                            // being sent here (a validation link from a mail, say), instead of sending them back to it.
                            .credential(new UsernamePasswordCredential(identifier, new Password(password)))
                            .newAuthentication(false));
        } catch (RuntimeException failed) {
            // The identity store's refusals reach here wrapped by Jakarta Security.
            Optional<SignInLocked> locked = Failures.causeOf(failed, SignInLocked.class);
            if (locked.isPresent()) {
                Messages.error("signin.locked", locked.get().minutesLeft());
                return null;
            }
            Optional<SignInRefusedByDirectory> refused = Failures.causeOf(failed, SignInRefusedByDirectory.class);
            if (refused.isPresent()) {
                Messages.error(
                        refused.get().verdict() == PasswordStore.Verdict.LOCKED
                                ? "signin.directoryLocked"
                                : "signin.expired",
                        settings.supportContact());
                return null;
            }
            if (!Failures.causedBy(failed, ServiceBusyException.class)) {
                throw failed;
            }
            Messages.error("service.busy");
            return null;
        }
        switch (status) {
            case SEND_CONTINUE:
                // Jakarta Security is sending the person back to the page they asked for.
                faces.responseComplete();
                return null;
            case SUCCESS:
                return "/mon-compte/index.xhtml?faces-redirect=true";
            default:
                Messages.fieldError("password", "signin.failed");
                return null;
        }
    }

    public String getIdentifier() {
        return identifier;
    }

    public void setIdentifier(String identifier) {
        this.identifier = identifier;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
