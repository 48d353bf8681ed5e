package fr.ent.sesame.metrics;

import fr.ent.sesame.audit.AuditEventType;
import fr.ent.sesame.audit.SecurityEventRecorded;
import fr.ent.sesame.kernel.PagesWarmed;
import fr.ent.sesame.mail.OutboxSenderRan;
import fr.ent.sesame.memberimport.MembersImported;
import fr.ent.sesame.password.HashingSlotAsked;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;

/**
 * Counts what happens on this node. Prometheus adds the nodes up ({@code sum by (type, outcome)}); a counter
 * starts again at 0 when its node restarts, which Prometheus' {@code rate()} and {@code increase()} allow for.
 * Security events and imported rows are counted once their transaction has committed (an observer of
 * {@code AFTER_SUCCESS} is called at once when there is no transaction), so the figures match the audit trail.
 */
@ApplicationScoped
public class SesameCounters {

    // WildFly hands the WAR a registry that tags each meter with the deployment and passes it to the server's
    // registries only through MeterRegistry's own methods (counter(), timer()...): a meter made with
    // Counter.builder(...).register() would stay in the WAR, never scraped. Descriptions are in docs/deploying.md,
    // "Metrics".

    @Inject
    MeterRegistry registry;

    void onSecurityEvent(@Observes(during = TransactionPhase.AFTER_SUCCESS) SecurityEventRecorded event) {
        registry.counter(
                        "sesame.security.events",
                        "type",
                        event.type().name(),
                        "outcome",
                        event.outcome().name())
                .increment();
        if (event.type() == AuditEventType.PASSWORD_RESET) {
            // Which procedure: the detail PasswordChanges gives a reset (question or link), a closed set.
            registry.counter("sesame.password.resets", "procedure", String.valueOf(event.detail()))
                    .increment();
        }
    }

    void onOutboxSenderRound(@Observes OutboxSenderRan ran) {
        registry.counter("sesame.outbox.sender.rounds").increment();
    }

    void onHashingSlot(@Observes HashingSlotAsked asked) {
        if (asked.granted()) {
            registry.timer("sesame.hashing.wait").record(asked.waitedNanos(), TimeUnit.NANOSECONDS);
        } else {
            registry.counter("sesame.hashing.busy").increment();
        }
    }

    void onPagesWarmed(@Observes PagesWarmed warmed) {
        registry.counter("sesame.warmup.renders", "outcome", "ok").increment(warmed.rendered());
        registry.counter("sesame.warmup.renders", "outcome", "failed").increment(warmed.failed());
    }

    void onMembersImported(@Observes(during = TransactionPhase.AFTER_SUCCESS) MembersImported imported) {
        importRows("created", imported.created());
        importRows("updated", imported.updated());
        importRows("unchanged", imported.unchanged());
        importRows("rejected", imported.rejected());
    }

    private void importRows(String outcome, long rows) {
        if (rows > 0) {
            registry.counter("sesame.import.rows", "outcome", outcome).increment(rows);
        }
    }
}
