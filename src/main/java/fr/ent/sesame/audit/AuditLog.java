package fr.ent.sesame.audit;

import fr.ent.sesame.kernel.Identifier;
import fr.ent.sesame.kernel.Secrets;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Locale;
import java.util.logging.Logger;
import org.slf4j.MDC;

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

    /** The actor of an event a signed-in person caused: this prefix and their identifier. */
    public static final String PERSON_PREFIX = "person:";

    /** The actor of an event a support agent caused: this prefix and the agent's identifier. */
    public static final String SUPPORT_PREFIX = "support:";

    /** Longest reason kept; a longer one is cut (the form says so before). */
    public static final int REASON_MAX_LENGTH = 500;

    /** The account's latest events, newest first, for Activité de mon compte. */
    public java.util.List<AuditEvent> latestOf(Long accountId, int count) {
        return em.createQuery(
                        "select e from AuditEvent e where e.accountId = :account order by e.occurredAt desc, e.id desc",
                        AuditEvent.class)
                .setParameter("account", accountId)
                .setMaxResults(count)
                .getResultList();
    }

    /** An event of the request being served; its actor is the signed-in person, or {@link #VISITOR}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void record(
            AuditEventType type,
            AuditOutcome outcome,
            Long accountId,
            String identifierAsTyped,
            String clientAddress,
            String detail) {
        String name = caller.getCallerPrincipal() == null
                ? null
                : caller.getCallerPrincipal().getName();
        String actor = name == null || name.isEmpty() || "anonymous".equals(name) ? VISITOR : PERSON_PREFIX + name;
        recordAs(actor, type, outcome, accountId, identifierAsTyped, clientAddress, detail);
    }

    /**
     * A sign-in that succeeded (by Sésame's form or the single sign-on): the person who just proved who they
     * are is the actor, though the request is not signed in yet.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void recordSignIn(
            Identifier person, Long accountId, String identifierAsTyped, String clientAddress, String detail) {
        recordAs(
                PERSON_PREFIX + person.value(),
                AuditEventType.SIGN_IN,
                AuditOutcome.SUCCESS,
                accountId,
                identifierAsTyped,
                clientAddress,
                detail);
    }

    /** An event whose actor is not the requester: a job ({@code job:import}), a support agent ({@code support:<id>}). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void recordAs(
            String actor,
            AuditEventType type,
            AuditOutcome outcome,
            Long accountId,
            String identifierAsTyped,
            String clientAddress,
            String detail) {
        write(actor, type, outcome, accountId, identifierAsTyped, clientAddress, detail, null);
    }

    /**
     * An action of a support agent on someone's account, with the reason they gave. The reason is kept on
     * one line (control characters become spaces), so it cannot forge a line of the log.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void recordBySupport(
            String agent,
            AuditEventType type,
            Long accountId,
            String identifier,
            String clientAddress,
            String detail,
            String reason) {
        String oneLine = reason.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
        write(
                SUPPORT_PREFIX + agent,
                type,
                AuditOutcome.SUCCESS,
                accountId,
                identifier,
                clientAddress,
                detail,
                oneLine.substring(0, Math.min(oneLine.length(), REASON_MAX_LENGTH)));
    }

    /** The support desk's own actions, newest first, for the page that lists them; both filters optional. */
    public java.util.List<AuditEvent> bySupport(String agent, Long accountId, int count) {
        String query = "select e from AuditEvent e where e.actor " + (agent == null ? "like :actor" : "= :actor")
                + (accountId == null ? "" : " and e.accountId = :account") + " order by e.occurredAt desc, e.id desc";
        jakarta.persistence.TypedQuery<AuditEvent> events = em.createQuery(query, AuditEvent.class)
                .setParameter("actor", agent == null ? SUPPORT_PREFIX + "%" : SUPPORT_PREFIX + agent)
                .setMaxResults(count);
        if (accountId != null) {
            events.setParameter("account", accountId);
        }
        return events.getResultList();
    }

    private void write(
            String actor,
            AuditEventType type,
            AuditOutcome outcome,
            Long accountId,
            String identifierAsTyped,
            String clientAddress,
            String detail,
            String reason) {
        String subject = Secrets.sha256Hex(identifierAsTyped == null ? "" : identifierAsTyped.toLowerCase(Locale.ROOT));
        AuditEvent event = new AuditEvent(
                clock.instant(),
                type,
                accountId,
                subject,
                clientAddress,
                System.getProperty("jboss.node.name", "local"),
                outcome,
                detail,
                actor,
                reason);
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
