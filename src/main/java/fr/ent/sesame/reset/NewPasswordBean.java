package fr.ent.sesame.reset;

import fr.ent.sesame.password.PasswordRulesView;
import fr.ent.sesame.web.Messages;
import fr.ent.sesame.web.Requests;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Procédure 1, step 4: the new password, once the answer was right. */
@Named
@RequestScoped
public class NewPasswordBean {

    @Inject
    ResetByQuestion resetByQuestion;

    @Inject
    ResetSession resetSession;

    private String password;
    private String confirmation;

    public boolean isStepOpen() {
        // Without a session there is no grant: asking the session-scoped bean would open a session for nothing.
        return Requests.hasSession() && resetSession.grant() != null;
    }

    public String submit() {
        try {
            return PasswordRulesView.attempt(() -> {
                resetByQuestion.chooseNewPassword(resetSession.grant(), password, confirmation, Requests.requester());
                resetSession.close();
                return "/assistance/mot-de-passe-change.xhtml?faces-redirect=true";
            });
        } catch (StepExpired expired) {
            resetSession.close();
            Messages.error("reset.step.expired");
            return null;
        }
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
