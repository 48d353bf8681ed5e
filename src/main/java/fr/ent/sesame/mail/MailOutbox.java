package fr.ent.sesame.mail;

import java.io.StringWriter;
import java.time.Clock;
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
}
