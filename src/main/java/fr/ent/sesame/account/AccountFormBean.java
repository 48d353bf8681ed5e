package fr.ent.sesame.account;

import fr.ent.sesame.address.AddressRejected;
import fr.ent.sesame.kernel.ServiceBusyException;
import fr.ent.sesame.password.PasswordRulesView;
import fr.ent.sesame.question.AnswerRejected;
import fr.ent.sesame.security.SessionFreshnessFilter;
import fr.ent.sesame.web.Messages;
import fr.ent.sesame.web.Requests;
import fr.ent.sesame.web.SecretQuestionsView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;

/** The three change forms of Mon compte: password, secret question, personal address. */
@Named
@RequestScoped
public class AccountFormBean {

    private static final String OVERVIEW = "/mon-compte/index.xhtml?faces-redirect=true&done=";

    @Inject
    ChangePassword changePassword;

    @Inject
    SecretQuestionChange secretQuestionChange;

    @Inject
    PersonalAddressChange personalAddressChange;

    private String current;
    private String password;
    private String confirmation;
    private String questionId;
    private String answer;
    private String answerConfirmation;
    private String address;

    public String changePassword() {
        return guarded(() -> PasswordRulesView.attempt(() -> {
            Instant changedAt =
                    changePassword.change(Requests.signedIn(), current, password, confirmation, Requests.requester());
            // This session made the change: it carries on, while the account's other sessions end.
            session().setAttribute(SessionFreshnessFilter.SIGNED_IN_AT, changedAt);
            return OVERVIEW + "password";
        }));
    }

    public String chooseQuestion() {
        return guarded(() -> {
            try {
                secretQuestionChange.choose(
                        Requests.signedIn(), questionId, answer, answerConfirmation, current, Requests.requester());
                return OVERVIEW + "question";
            } catch (AnswerRejected rejected) {
                SecretQuestionsView.answerRejected(rejected);
                return null;
            }
        });
    }

    public String requestAddress() {
        return guarded(() -> {
            try {
                personalAddressChange.request(Requests.signedIn(), address, current, Requests.requester());
                return OVERVIEW + "address";
            } catch (AddressRejected rejected) {
                Messages.fieldError("address", "account.address.rejected");
                return null;
            }
        });
    }

    /** What every form shares: the current password may be wrong or locked, the server busy. */
    private static String guarded(java.util.function.Supplier<String> action) {
        try {
            return action.get();
        } catch (WrongCurrentPassword wrong) {
            Messages.fieldError("current", "account.current.wrong");
        } catch (ChangesLocked locked) {
            Messages.error("account.current.locked");
        } catch (ServiceBusyException busy) {
            Messages.error("service.busy");
        }
        return null;
    }

    private static jakarta.servlet.http.HttpSession session() {
        return ((HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getSession();
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
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

    public String getQuestionId() {
        return questionId;
    }

    public void setQuestionId(String questionId) {
        this.questionId = questionId;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getAnswerConfirmation() {
        return answerConfirmation;
    }

    public void setAnswerConfirmation(String answerConfirmation) {
        this.answerConfirmation = answerConfirmation;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
