package fr.ent.sesame.reset;

import fr.ent.sesame.password.PasswordRulesView;
import fr.ent.sesame.web.Requests;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Procédure 2, step 3: the page the mailed link opens. Opening it changes nothing; only the post does. */
@Named
@ViewScoped
public class ResetLinkBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResetByEmail resetByEmail;

    private String token;
    private boolean usable;
    private transient String password;
    private transient String confirmation;

    public void open() {
        usable = resetByEmail.isUsable(token);
        if (usable) {
            Requests.renewSessionId();
        }
    }

    public String submit() {
        try {
            return PasswordRulesView.attempt(() -> {
                resetByEmail.chooseNewPassword(token, password, confirmation, Requests.requester());
                return "/assistance/mot-de-passe-change.xhtml?faces-redirect=true";
            });
        } catch (LinkRefused refused) {
            usable = false;
            return null;
        }
    }

    public boolean isUsable() {
        return usable;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
