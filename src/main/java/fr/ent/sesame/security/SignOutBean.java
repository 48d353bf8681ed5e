package fr.ent.sesame.security;

import fr.ent.sesame.kernel.Identifier;
import fr.ent.sesame.settings.Settings;
import fr.ent.sesame.settings.SignInMode;
import fr.ent.sesame.web.ClientAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;

@Named
@RequestScoped
public class SignOutBean {

    @Inject
    FacesContext faces;

    @Inject
    SignOut signOut;

    @Inject
    Settings settings;

    @Inject
    IdentityProvider identityProvider;

    public String signOut() throws ServletException, IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getRemoteUser() != null) {
            signOut.record(new Identifier(request.getRemoteUser()), ClientAddress.of(request));
        }
        HttpSession session = request.getSession(false);
        String idToken = session == null ? null : (String) session.getAttribute(SingleSignOnMechanism.ID_TOKEN);
        request.logout();
        external.invalidateSession();
        if (settings.signInMode() == SignInMode.OIDC) {
            // Signing out of Sésame alone would leave the university's session open: the next protected page
            // would sign the person in again without a word. The provider ends its own and sends them back here.
            Optional<URI> endSession = identityProvider.endSession(idToken);
            if (endSession.isPresent()) {
                external.redirect(endSession.get().toString());
                faces.responseComplete();
                return null;
            }
        }
        return "/index.xhtml?faces-redirect=true&signedOut=true";
    }
}
