package fr.ent.sesame.mail;

import fr.ent.sesame.settings.Settings;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what the outbox holds: at once after each commit, and every 15 seconds for retries. Every node
 * runs it; the claims make each mail go out once. Nothing here runs inside a transaction: SMTP is slow
 * and must not hold database locks.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger("sesame.mail");

    @Resource(lookup = "java:jboss/mail/Sesame")
    Session session;

    @Inject
    MailClaims claims;

    @Inject
    MailTemplates templates;

    @Inject
    Settings settings;

    @Inject
    jakarta.enterprise.event.Event<OutboxSenderRan> ran;

    @Asynchronous
    public void deliverSoon() {
        deliverDue();
    }

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    public void deliverDue() {
        String node = System.getProperty("jboss.node.name", "local");
        for (Long id : claims.due()) {
            claims.claim(id, node).ifPresent(this::send);
        }
        ran.fire(new OutboxSenderRan());
    }

    private void send(MailClaims.Claimed mail) {
        try {
            MailTemplates.RenderedMail rendered =
                    templates.render(mail.template(), Locale.forLanguageTag(mail.language()), mail.model());
            Transport.send(compose(mail.recipient(), rendered));
            claims.sent(mail.id());
            LOG.info(() -> "Mail " + mail.id() + " (" + mail.template() + ") sent");
        } catch (MessagingException | RuntimeException e) {
            MailClaims.Failure failure = claims.failed(mail.id(), e.toString(), settings.mailMaxAttempts());
            if (failure.givenUp()) {
                // Nobody will get this mail: the person has to ask again (a new link, say). Monitoring
                // alerts on these (the outbox readiness check counts them), so say it plainly.
                LOG.log(
                        Level.SEVERE,
                        "Mail " + mail.id() + " (" + mail.template() + ") given up after " + failure.attempts()
                                + " attempts, not sent: " + e);
            } else {
                LOG.log(
                        Level.WARNING,
                        "Mail " + mail.id() + " (" + mail.template() + ") not sent (attempt "
                                + failure.attempts() + " of " + settings.mailMaxAttempts() + "), next attempt in "
                                + failure.retryIn().toSeconds() + " s: " + e);
            }
        }
    }

    private MimeMessage compose(String recipient, MailTemplates.RenderedMail rendered) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        try {
            message.setFrom(new InternetAddress(settings.mailFromAddress(), settings.mailFromName(), "UTF-8"));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
        message.setSubject(rendered.subject(), "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(rendered.text(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(rendered.html(), "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }
}
