package fr.ent.sesame.mail;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Writes a mail to the outbox in the caller's transaction: no mail for a change that is rolled back. */
@ApplicationScoped
public class MailOutbox {

    @PersistenceContext(unitName = "sesame")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<MailQueued> queued;

    public void enqueue(String recipient, String template, Locale locale, Map<String, String> model) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        model.forEach(json::add);
        StringWriter text = new StringWriter();
        Json.createWriter(text).write(json.build());
        OutboxMail mail = new OutboxMail(recipient, template, locale.getLanguage(), text.toString(), clock.instant());
        em.persist(mail);
        em.flush();
        queued.fire(new MailQueued(mail.id()));
    }

    /** The whole outbox, every node's mails (for readiness and metrics); two indexed counts and one look-up. */
    public OutboxBacklog backlog() {
        Instant now = clock.instant();
        long waiting = em.createQuery("select count(m) from OutboxMail m where m.status = 'PENDING'", Long.class)
                .getSingleResult();
        // The oldest as an entity attribute, not min(): an aggregate comes back as the driver's type.
        Instant oldest = em.createQuery(
                        "select m.createdAt from OutboxMail m where m.status = 'PENDING' order by m.createdAt", Instant.class)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        // A mail given up keeps the time of its last planned attempt, which is close enough to when it was given up.
        long givenUp = em.createQuery("select count(m) from OutboxMail m where m.status = 'FAILED' and m.nextAttemptAt > :since",
                Long.class).setParameter("since", now.minus(Duration.ofDays(1))).getSingleResult();
        long oldestSeconds = oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).toSeconds());
        return new OutboxBacklog(waiting, oldestSeconds, givenUp);
    }
}
