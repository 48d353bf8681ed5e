package fr.ent.sesame.audit;

import java.time.Clock;
import java.util.Locale;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.slf4j.MDC;

import fr.ent.sesame.kernel.Secrets;

/**
 * Records security events. A success is written in the transaction of the change it describes, so it is
 * committed with that change or not at all; services record failures outside any transaction (they run
 * without one until they write), so a refused attempt is recorded in a transaction of its own. Never a
 * nested transaction: that would hold a second connection while the first one waits.
 */
@Stateless
public class AuditLog {

    private static final Logger LOG = Logger.getLogger("sesame.audit");
    private static final String MDC_PREFIX = "audit.";

    @PersistenceContext(unitName = "sesame")
    EntityManager em;

    @Inject
    Clock clock;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext caller;

    @Inject
    jakarta.enterprise.event.Event<SecurityEventRecorded> recorded;

    /** Who acts for an event recorded by a person's request: the signed-in person, or an anonymous visitor. */
    public static final String VISITOR = "visitor";

    /** The account's latest events, newest first, for Activité de mon compte. */
    public java.util.List<AuditEvent> latestOf(Long accountId, int count) {
        return em.createQuery("select e from AuditEvent e where e.accountId = :account order by e.occurredAt desc, e.id desc",
                        AuditEvent.class)
                .setParameter("account", accountId)
                .setMaxResults(count)
                .getResultList();
    }

    /** An event of the request being served; its actor is the signed-in person, or {@link #VISITOR}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void record(AuditEventType type, AuditOutcome outcome, Long accountId, String identifierAsTyped,
            String clientAddress, String detail) {
        String name = caller.getCallerPrincipal() == null ? null : caller.getCallerPrincipal().getName();
        String actor = name == null || name.isEmpty() || "anonymous".equals(name) ? VISITOR : "person:" + name;
        recordAs(actor, type, outcome, accountId, identifierAsTyped, clientAddress, detail);
    }

    /** An event whose actor is not the requester: a job ({@code job:import}), a support agent ({@code support:<id>}). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void recordAs(String actor, AuditEventType type, AuditOutcome outcome, Long accountId,
            String identifierAsTyped, String clientAddress, String detail) {
        String subject = Secrets.sha256Hex(identifierAsTyped == null ? "" : identifierAsTyped.toLowerCase(Locale.ROOT));
        AuditEvent event = new AuditEvent(clock.instant(), type, accountId, subject, clientAddress,
                System.getProperty("jboss.node.name", "local"), outcome, detail, actor);
        em.persist(event);
        recorded.fire(new SecurityEventRecorded(type, outcome, detail));
        // The fields also go to the logging context (MDC), so a JSON formatter writes each as a key of the
        // line's "mdc" object; a pattern formatter ignores them. Cleared at once: the thread serves others.
        java.util.Map<String, String> fields = event.fields();
        fields.forEach((key, value) -> MDC.put(MDC_PREFIX + key, value));
        try {
            LOG.info(event.toString());
        } finally {
            fields.keySet().forEach(key -> MDC.remove(MDC_PREFIX + key));
        }
    }
}
