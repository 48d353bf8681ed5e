package fr.ent.sesame.activation;

import fr.ent.sesame.address.AddressRejected;
import fr.ent.sesame.kernel.Identifier;
import fr.ent.sesame.kernel.ServiceBusyException;
import fr.ent.sesame.password.PasswordRulesView;
import fr.ent.sesame.question.AnswerRejected;
import fr.ent.sesame.settings.ActivationProof;
import fr.ent.sesame.settings.Settings;
import fr.ent.sesame.web.Messages;
import fr.ent.sesame.web.Requests;
import fr.ent.sesame.web.SecretQuestionsView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/** The three pages of Activer son compte: identification, the activation form, the confirmation. */
@Named
@RequestScoped
public class ActivationBean {

    private static final String CODE = "/assistance/activer-code.xhtml?faces-redirect=true";
    private static final String FORM = "/assistance/activer-compte.xhtml?faces-redirect=true";
    private static final String DONE = "/assistance/compte-active.xhtml?faces-redirect=true";

    @Inject
    Activation activation;

    @Inject
    ActivationSession activationSession;

    @Inject
    Settings settings;

    private String number;
    private LocalDate birthDate;
    private String key;
    private String code;
    private boolean charterAccepted;
    private String password;
    private String confirmation;
    private String questionId;
    private String answer;
    private String answerConfirmation;
    private String address;

    public String identify() {
        try {
            if (settings.activationProof() == ActivationProof.MAILED_CODE) {
                activationSession.awaitCode(activation.sendCode(number, birthDate, Requests.requester()));
                return CODE;
            }
            activationSession.open(activation.identify(number, birthDate, key, Requests.requester()));
            Requests.renewSessionId();
            return FORM;
        } catch (ActivationRefused refused) {
            Messages.error("activation.refused", settings.supportContact());
        } catch (TooManyActivationAttempts tooMany) {
            Messages.error("activation.tooMany");
        } catch (ActivationClosed closed) {
            Messages.error("activation.closed", settings.supportContact());
        }
        return null;
    }

    public String confirmCode() {
        try {
            activationSession.open(activation.confirmCode(activationSession.countTry(), code, Requests.requester()));
            Requests.renewSessionId();
            return FORM;
        } catch (ActivationRefused refused) {
            Messages.fieldError("code", "activation.code.wrong", settings.supportContact());
        } catch (ActivationCodeExpired expired) {
            activationSession.forgetCode();
            Messages.error("activation.code.expired");
        }
        return null;
    }

    public String activate() {
        try {
            return PasswordRulesView.attempt(() -> {
                activationSession.done(activation.activate(
                        activationSession.grant(),
                        charterAccepted,
                        password,
                        confirmation,
                        questionId,
                        answer,
                        answerConfirmation,
                        address,
                        Requests.requester()));
                return DONE;
            });
        } catch (CharterNotAccepted notAccepted) {
            Messages.fieldError("charterAccepted", "activation.charter.required");
        } catch (AnswerRejected rejected) {
            SecretQuestionsView.answerRejected(rejected);
        } catch (AddressRejected rejected) {
            Messages.fieldError("address", "account.address.rejected");
        } catch (ActivationStepExpired | ActivationRefused gone) {
            activationSession.close();
            Messages.error("activation.expired");
        } catch (ServiceBusyException busy) {
            Messages.error("service.busy");
        }
        return null;
    }

    /** The identifier the form is for; null when no form is open (the page then offers to start again). */
    public Identifier getIdentifier() {
        ActivationGrant grant = activationSession.grant();
        return grant == null ? null : grant.identifier();
    }

    public Identifier getActivatedIdentifier() {
        return activationSession.activatedIdentifier();
    }

    /** The printed key is typed on the first page (with the mailed code, the second page takes it). */
    public boolean isKeyRequired() {
        return settings.activationProof() == ActivationProof.PRINTED_KEY;
    }

    public boolean isCodeMailed() {
        return settings.activationProof() == ActivationProof.MAILED_CODE;
    }

    /** Whether a code is awaited in this session (the code page offers to start again otherwise). */
    public boolean isAwaitingCode() {
        return activationSession.awaitsCode();
    }

    public long getCodeMinutes() {
        return settings.activationCodeLifetime().toMinutes();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public boolean isCharterAccepted() {
        return charterAccepted;
    }

    public void setCharterAccepted(boolean charterAccepted) {
        this.charterAccepted = charterAccepted;
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
