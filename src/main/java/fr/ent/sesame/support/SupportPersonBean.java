package fr.ent.sesame.support;

import fr.ent.sesame.kernel.Instants;
import fr.ent.sesame.settings.Settings;
import fr.ent.sesame.web.Messages;
import fr.ent.sesame.web.Requests;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;

/**
 * Support › a person's account: what the desk sees, and the actions, each with the agent's reason. The
 * account is the one this view was opened for: a post carries no account id of its own.
 */
@Named
@ViewScoped
public class SupportPersonBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String RELOAD = "/support/personne.xhtml?faces-redirect=true&compte=";

    @Inject
    SupportDesk desk;

    @Inject
    Settings settings;

    @Inject
    HandedOverLink handedOver;

    private Long accountId;
    private transient AccountFile file;
    private String reason;

    /** Opening the page (its view action): the account named in the address, or 404. */
    public void open() {
        try {
            file = desk.file(accountId);
        } catch (NoSuchAccount unknown) {
            Requests.answerWithStatus(404);
        } catch (NotASupportAgent refused) {
            Requests.answerWithStatus(403);
        }
    }

    public String clearLocks() {
        return act(() -> desk.clearLocks(accountId, reason, Requests.requester()), "CLEAR_LOCKS");
    }

    public String mailResetLink() {
        return act(() -> desk.mailResetLink(accountId, reason, Requests.requester()), "MAIL_RESET_LINK");
    }

    /** The link is shown on the page this post answers, once: it is kept nowhere, not even in this view. */
    public String handOverLink() {
        return act(() -> handedOver.show(desk.handOverLink(accountId, reason, Requests.requester())), null);
    }

    public String removeQuestion() {
        return act(() -> desk.removeQuestion(accountId, reason, Requests.requester()), "REMOVE_QUESTION");
    }

    public String removeAddress(Long addressId) {
        return act(() -> desk.removeAddress(accountId, addressId, reason, Requests.requester()), "REMOVE_ADDRESS");
    }

    public String resendValidationLink() {
        return act(() -> desk.resendValidationLink(accountId, reason, Requests.requester()), "RESEND_VALIDATION");
    }

    public String endSessions() {
        return act(() -> desk.endSessions(accountId, reason, Requests.requester()), "END_SESSIONS");
    }

    /** Runs the action; then the page again, with what was done ({@code done} null: this very response). */
    private String act(Runnable action, String done) {
        try {
            action.run();
        } catch (NotASupportAgent refused) {
            Requests.answerWithStatus(403);
            return null;
        } catch (NoSuchAccount unknown) {
            Requests.answerWithStatus(404);
            return null;
        } catch (ReasonMissing missing) {
            Messages.fieldError("reason", "support.reason.missing");
            return null;
        } catch (ActionNotPossible impossible) {
            Messages.error("support.action.impossible");
            open();
            return null;
        }
        reason = null;
        if (done == null) {
            open();
            return null;
        }
        return RELOAD + accountId + "&fait=" + done;
    }

    public AccountFile getFile() {
        if (file == null && accountId != null) {
            open();
        }
        return file;
    }

    public String format(Instant instant) {
        return Instants.medium(instant, Requests.locale(), settings.timeZone());
    }

    /** How long the link just handed over stays usable, in minutes, for the page to say. */
    public long getLinkMinutes() {
        return settings.supportLinkLifetime().toMinutes();
    }

    /** Who caused an event, in the agent's words: the person, an anonymous visitor, a support agent, a job. */
    public String actor(fr.ent.sesame.audit.AuditEvent event) {
        if (event.actor() == null) {
            return "";
        }
        if (event.bySupport()) {
            return Messages.text("support.actor.support", event.supportAgent());
        }
        if (event.actingPerson() != null) {
            return Messages.text("support.actor.person", event.actingPerson());
        }
        return Messages.text(
                fr.ent.sesame.audit.AuditLog.VISITOR.equals(event.actor())
                        ? "support.actor.visitor"
                        : "support.actor.job");
    }

    /** What the page shows of the actions' outcome, from the address after a redirect. */
    public String doneMessage(String done) {
        return done == null || !done.matches("[A-Z_]{1,32}") ? null : Messages.text("support.done." + done);
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
