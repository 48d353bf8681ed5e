package fr.ent.sesame.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The outbox's bookkeeping, each step committed on its own so a crash between steps loses no mail. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailClaims {

    /** A claimed mail, ready to render and send. */
    public record Claimed(Long id, String recipient, String template, String language, Map<String, Object> model) {}

    private static final Duration CLAIM = Duration.ofMinutes(2);
    private static final int BATCH = 20;

    @PersistenceContext(unitName = "sesame")
    EntityManager em;

    @Inject
    Clock clock;

    public List<Long> due() {
        Instant now = clock.instant();
        return em.createQuery(
                        "select m.id from OutboxMail m where m.status = :pending and m.nextAttemptAt <= :now"
                                + " and (m.claimedUntil is null or m.claimedUntil < :now) order by m.id",
                        Long.class)
                .setParameter("pending", OutboxMail.PENDING)
                .setParameter("now", now)
                .setMaxResults(BATCH)
                .getResultList();
    }

    /** Takes the mail for this node if no other node holds it: one conditional update, as for tokens. */
    public Optional<Claimed> claim(Long id, String node) {
        Instant now = clock.instant();
        int changed = em.createQuery("update OutboxMail m set m.claimedBy = :node, m.claimedUntil = :until,"
                        + " m.version = m.version + 1 where m.id = :id and m.status = :pending and m.nextAttemptAt <= :now"
                        + " and (m.claimedUntil is null or m.claimedUntil < :now)")
                .setParameter("node", node)
                .setParameter("until", now.plus(CLAIM))
                .setParameter("id", id)
                .setParameter("pending", OutboxMail.PENDING)
                .setParameter("now", now)
                .executeUpdate();
        if (changed != 1) {
            return Optional.empty();
        }
        OutboxMail mail = em.find(OutboxMail.class, id);
        em.refresh(mail);
        return Optional.of(
                new Claimed(mail.id(), mail.recipient(), mail.template(), mail.locale(), parse(mail.model())));
    }

    public void sent(Long id) {
        em.find(OutboxMail.class, id).sent(clock.instant());
    }

    /** Records a failed attempt and says what happens next: another attempt later, or none. */
    public Failure failed(Long id, String error, int maxAttempts) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        Duration retryIn = Duration.ofSeconds(30).multipliedBy(1L << Math.min(mail.attempts(), 7));
        retryIn = retryIn.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : retryIn;
        boolean givenUp = mail.failed(clock.instant(), error, retryIn, maxAttempts);
        return new Failure(mail.attempts(), givenUp, retryIn);
    }

    /** After a failed attempt: how many there were, whether the mail is given up, else when it is tried again. */
    public record Failure(int attempts, boolean givenUp, Duration retryIn) {}

    private static Map<String, Object> parse(String json) {
        JsonObject object = Json.createReader(new StringReader(json)).readObject();
        Map<String, Object> model = new HashMap<>();
        object.forEach((key, value) -> model.put(key, ((JsonString) value).getString()));
        return model;
    }
}
