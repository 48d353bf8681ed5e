package fr.ent.sesame.reset;

import fr.ent.sesame.kernel.ServiceBusyException;
import fr.ent.sesame.settings.Settings;
import fr.ent.sesame.web.Messages;
import fr.ent.sesame.web.Requests;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Procédure 1, steps 1 to 3: identifier, question, answer. */
@Named
@RequestScoped
public class QuestionResetBean {

    @Inject
    ResetByQuestion resetByQuestion;

    @Inject
    ResetSession resetSession;

    @Inject
    Settings settings;

    private String identifier;
    private String questionId;
    private String answer;
    private boolean locked;

    public String submit() {
        try {
            resetSession.open(resetByQuestion.answer(identifier, questionId, answer, Requests.requester()));
            Requests.renewSessionId();
            return "/assistance/nouveau-mot-de-passe.xhtml?faces-redirect=true";
        } catch (AnswerMismatch wrong) {
            Messages.fieldError("answer", "reset.question.wrong", settings.supportContact());
        } catch (ProcedureLocked locked) {
            Messages.error("reset.question.locked", locked.minutesLeft());
            this.locked = true;
        } catch (ProcedureClosed closed) {
            Messages.error("reset.closed", settings.supportContact());
        } catch (ServiceBusyException busy) {
            Messages.error("service.busy");
        }
        return null;
    }

    /** The procedure is locked for this person: the page offers the other procedure right under the message. */
    public boolean isLocked() {
        return locked;
    }

    public String getIdentifier() {
        return identifier;
    }

    public void setIdentifier(String identifier) {
        this.identifier = identifier;
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
}
