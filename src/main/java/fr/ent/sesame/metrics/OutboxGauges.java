package fr.ent.sesame.metrics;

import fr.ent.sesame.mail.MailOutbox;
import fr.ent.sesame.mail.OutboxBacklog;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The outbox's backlog as gauges. It is one table for the whole cluster, so every node reports the same
 * figures (a dashboard takes {@code max}, not {@code sum}). Read every 15 seconds by a timer rather than at each
 * scrape: a scrape runs on the management thread, outside the application, and several Prometheus servers
 * may scrape every node. While the database does not answer the gauges say NaN (unknown), not an old figure.
 */
@Singleton
@Startup
@DependsOn("SchemaAtStartup")
public class OutboxGauges {

    static final String WAITING = "sesame.outbox.waiting";
    static final String OLDEST = "sesame.outbox.oldest.waiting.seconds";
    static final String GIVEN_UP = "sesame.outbox.given.up.last.day";

    private static final Logger LOG = Logger.getLogger("sesame.mail");

    @Inject
    MeterRegistry registry;

    @Inject
    MailOutbox outbox;

    private volatile OutboxBacklog latest;
    private final List<String> names = List.of(WAITING, OLDEST, GIVEN_UP);

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void register() {
        // Through MeterRegistry.gauge(): see SesameCounters. The registry keeps only a weak reference to the
        // object a gauge reads; this bean lives as long as the deployment.
        registry.gauge(WAITING, Tags.empty(), this, gauges -> gauges.figure(OutboxBacklog::waiting));
        registry.gauge(OLDEST, Tags.empty(), this, gauges -> gauges.figure(OutboxBacklog::oldestWaitingSeconds));
        registry.gauge(GIVEN_UP, Tags.empty(), this, gauges -> gauges.figure(OutboxBacklog::givenUpLastDay));
        refresh();
    }

    private double figure(ToDoubleFunction<OutboxBacklog> figure) {
        OutboxBacklog backlog = latest;
        return backlog == null ? Double.NaN : figure.applyAsDouble(backlog);
    }

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void refresh() {
        try {
            latest = outbox.backlog();
        } catch (PersistenceException e) {
            // The database's readiness check says why; one line here, at FINE, not a trace every 15 seconds.
            latest = null;
            LOG.log(Level.FINE, "Outbox backlog unknown: the database does not answer", e);
        }
    }

    @PreDestroy
    void unregister() {
        // A redeployed WAR registers its own gauges; these must not keep reading the old one.
        names.forEach(name -> {
            Gauge gauge = registry.find(name).gauge();
            if (gauge != null) {
                registry.remove(gauge);
            }
        });
    }
}
