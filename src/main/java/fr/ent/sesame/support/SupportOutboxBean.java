package fr.ent.sesame.support;

import fr.ent.sesame.kernel.Instants;
import fr.ent.sesame.mail.OutboxEntry;
import fr.ent.sesame.settings.Settings;
import fr.ent.sesame.web.Messages;
import fr.ent.sesame.web.Requests;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;

/** Support › Courriels: the outbox, mails waiting and given up, and a retry for the latter (with a reason). */
@Named
@RequestScoped
public class SupportOutboxBean {

    @Inject
    SupportDesk desk;

    @Inject
    Settings settings;

    private List<OutboxEntry> mails;
    private String reason;

    public void open() {
        try {
            mails = desk.outbox();
        } catch (NotASupportAgent refused) {
            Requests.answerWithStatus(403);
        }
    }

    public String retry(Long mailId) {
        try {
            desk.retryMail(mailId, reason, Requests.requester());
            return "/support/courriels.xhtml?faces-redirect=true&fait=1";
        } catch (NotASupportAgent refused) {
            Requests.answerWithStatus(403);
        } catch (ReasonMissing missing) {
            Messages.fieldError("reason", "support.reason.missing");
        } catch (ActionNotPossible impossible) {
            Messages.error("support.action.impossible");
        }
        open();
        return null;
    }

    public List<OutboxEntry> getMails() {
        if (mails == null) {
            open();
        }
        return mails;
    }

    public String format(Instant instant) {
        return Instants.medium(instant, Requests.locale(), settings.timeZone());
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
