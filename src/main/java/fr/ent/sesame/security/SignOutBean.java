package fr.ent.sesame.security;

import fr.ent.sesame.web.ClientAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

@Named
@RequestScoped
public class SignOutBean {

    @Inject
    FacesContext faces;

    @Inject
    SignOut signOut;

    public String signOut() throws ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getRemoteUser() != null) {
            signOut.record(request.getRemoteUser(), ClientAddress.of(request));
        }
        request.logout();
        external.invalidateSession();
        return "/index.xhtml?faces-redirect=true&signedOut=true";
    }
}
