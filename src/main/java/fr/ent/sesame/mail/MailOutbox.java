package fr.ent.sesame.mail;

import fr.ent.sesame.kernel.EmailAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/** Writes a mail to the outbox in the caller's transaction: no mail for a change that is rolled back. */
@ApplicationScoped
public class MailOutbox {

    @PersistenceContext(unitName = "sesame")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<MailQueued> queued;

    /** The recipient is an {@link EmailAddress}: a mail never goes to a string nobody checked. */
    public void enqueue(EmailAddress recipient, String template, Locale locale, Map<String, String> model) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        model.forEach(json::add);
        StringWriter text = new StringWriter();
        Json.createWriter(text).write(json.build());
        OutboxMail mail =
                new OutboxMail(recipient.value(), template, locale.getLanguage(), text.toString(), clock.instant());
        em.persist(mail);
        em.flush();
        queued.fire(new MailQueued(mail.id()));
    }

    /** Mails to these addresses still waiting, or given up, newest first (the support desk's view of a person). */
    public java.util.List<OutboxEntry> waitingOrGivenUpFor(java.util.Collection<EmailAddress> recipients) {
        if (recipients.isEmpty()) {
            return java.util.List.of();
        }
        return em.createQuery(
                        "select m from OutboxMail m where m.recipient in :recipients and m.status <> 'SENT'"
                                + " order by m.createdAt desc",
                        OutboxMail.class)
                .setParameter(
                        "recipients",
                        recipients.stream().map(EmailAddress::value).toList())
                .setMaxResults(20)
                .getResultStream()
                .map(OutboxMail::entry)
                .toList();
    }

    /** Mails waiting (all) and given up in the last {@code days} days, newest first, at most 200: the support desk's outbox page. */
    public java.util.List<OutboxEntry> waitingOrGivenUp(int days) {
        return em.createQuery(
                        "select m from OutboxMail m where m.status = 'PENDING'"
                                + " or (m.status = 'FAILED' and m.nextAttemptAt > :since) order by m.createdAt desc",
                        OutboxMail.class)
                .setParameter("since", clock.instant().minus(Duration.ofDays(days)))
                .setMaxResults(200)
                .getResultStream()
                .map(OutboxMail::entry)
                .toList();
    }

    /**
     * Puts a given-up mail back in the queue, with its attempts counted anew, if its content is still kept;
     * in the caller's transaction, and sent just after it commits. Returns the mail, or empty when it cannot.
     */
    public java.util.Optional<OutboxEntry> retry(Long id) {
        int changed = em.createQuery(
                        "update OutboxMail m set m.status = 'PENDING', m.attempts = 0, m.nextAttemptAt = :now,"
                                + " m.claimedBy = null, m.claimedUntil = null, m.version = m.version + 1"
                                + " where m.id = :id and m.status = 'FAILED' and m.model <> '{}'")
                .setParameter("now", clock.instant())
                .setParameter("id", id)
                .executeUpdate();
        if (changed != 1) {
            return java.util.Optional.empty();
        }
        OutboxMail mail = em.find(OutboxMail.class, id);
        em.refresh(mail);
        queued.fire(new MailQueued(id));
        return java.util.Optional.of(mail.entry());
    }

    /** The whole outbox, every node's mails (for readiness and metrics); two indexed counts and one look-up. */
    public OutboxBacklog backlog() {
        Instant now = clock.instant();
        long waiting = em.createQuery("select count(m) from OutboxMail m where m.status = 'PENDING'", Long.class)
                .getSingleResult();
        // The oldest as an entity attribute, not min(): an aggregate comes back as the driver's type.
        Instant oldest = em.createQuery(
                        "select m.createdAt from OutboxMail m where m.status = 'PENDING' order by m.createdAt",
                        Instant.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
        // A mail given up keeps the time of its last planned attempt, which is close enough to when it was given up.
        long givenUp = em.createQuery(
                        "select count(m) from OutboxMail m where m.status = 'FAILED' and m.nextAttemptAt > :since",
                        Long.class)
                .setParameter("since", now.minus(Duration.ofDays(1)))
                .getSingleResult();
        long oldestSeconds =
                oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).toSeconds());
        return new OutboxBacklog(waiting, oldestSeconds, givenUp);
    }
}
