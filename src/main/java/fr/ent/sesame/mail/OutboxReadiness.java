package fr.ent.sesame.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import fr.ent.sesame.settings.Settings;

/**
 * The outbox, cluster-wide (it is one table): mails waiting, how long the oldest has waited, and mails given
 * up in the last day. A relay that is down does not make a node unready (pages still work, mails go out when
 * it is back), so the check stays UP and says {@code degraded=true} when a mail has waited longer than
 * {@code sesame.health.outbox-max-wait}: that is what monitoring should alert on.
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Override
    public HealthCheckResponse call() {
        try {
            return outbox();
        } catch (jakarta.persistence.PersistenceException e) {
            // sesame-database says DOWN, with the cause; here only that nothing can be counted (and no
            // stack trace in the log at every probe while the database is away).
            return HealthCheckResponse.named("sesame-outbox").up()
                    .withData("unknown", "the database does not answer: see sesame-database").build();
        }
    }

    private HealthCheckResponse outbox() {
        Instant now = clock.instant();
        long waiting = em.createQuery("select count(m) from OutboxMail m where m.status = 'PENDING'", Long.class)
                .getSingleResult();
        // The oldest as an entity attribute, not min(): an aggregate comes back as the driver's type.
        Instant oldest = em.createQuery("select m.createdAt from OutboxMail m where m.status = 'PENDING' order by m.createdAt",
                Instant.class).setMaxResults(1).getResultStream().findFirst().orElse(null);
        // A mail given up keeps the time of its last planned attempt, which is close enough to when it was given up.
        long givenUp = em.createQuery("select count(m) from OutboxMail m where m.status = 'FAILED' and m.nextAttemptAt > :since",
                Long.class).setParameter("since", now.minus(Duration.ofDays(1))).getSingleResult();
        long oldestSeconds = oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).toSeconds());
        return HealthCheckResponse.named("sesame-outbox").up()
                .withData("waiting", waiting)
                .withData("oldest-waiting-seconds", oldestSeconds)
                .withData("given-up-last-day", givenUp)
                .withData("degraded", oldestSeconds > settings.healthOutboxMaxWait().toSeconds())
                .build();
    }
}
