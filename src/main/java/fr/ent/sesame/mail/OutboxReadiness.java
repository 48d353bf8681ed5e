package fr.ent.sesame.mail;

import fr.ent.sesame.settings.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The outbox, cluster-wide (it is one table): mails waiting, how long the oldest has waited, and mails given
 * up in the last day. A relay that is down does not make a node unready (pages still work, mails go out when
 * it is back), so the check stays UP and says {@code degraded=true} when a mail has waited longer than
 * {@code sesame.health.outbox-max-wait}: that is what monitoring should alert on.
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    @Inject
    MailOutbox outbox;

    @Inject
    Settings settings;

    @Override
    public HealthCheckResponse call() {
        try {
            return outbox();
        } catch (jakarta.persistence.PersistenceException e) {
            // sesame-database says DOWN, with the cause; here only that nothing can be counted (and no
            // stack trace in the log at every probe while the database is away).
            return HealthCheckResponse.named("sesame-outbox")
                    .up()
                    .withData("unknown", "the database does not answer: see sesame-database")
                    .build();
        }
    }

    private HealthCheckResponse outbox() {
        OutboxBacklog backlog = outbox.backlog();
        return HealthCheckResponse.named("sesame-outbox")
                .up()
                .withData("waiting", backlog.waiting())
                .withData("oldest-waiting-seconds", backlog.oldestWaitingSeconds())
                .withData("given-up-last-day", backlog.givenUpLastDay())
                .withData(
                        "degraded",
                        backlog.oldestWaitingSeconds()
                                > settings.healthOutboxMaxWait().toSeconds())
                .build();
    }
}
