package fr.ent.sesame.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import fr.ent.sesame.kernel.Secrets;

/**
 * Counters that limit guessing and mail flooding, kept in the database so every node sees the same
 * numbers and they survive restarts. Each call has its own transaction: a failure stays counted even
 * when the attempt's own work is rolled back. Rows are locked while counted, so two nodes counting at
 * once both count.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Throttle {

    @PersistenceContext(unitName = "sesame")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ThrottleRows rows;

    /** Until when the subject is locked in this scope, if it is now. */
    public Optional<Instant> lockedUntil(String scope, String subject) {
        Instant now = clock.instant();
        return find(scope, subject, LockModeType.NONE)
                .filter(counter -> counter.isLockedAt(now))
                .map(ThrottleCounter::lockedUntil);
    }

    public void recordFailure(String scope, String subject, int maxFailures, Duration firstLock, Duration maxLock) {
        counter(scope, subject).fail(clock.instant(), maxFailures, firstLock, maxLock);
    }

    /** True when one more use fits in the current window (and counts it). */
    public boolean tryUse(String scope, String subject, int allowance, Duration window) {
        return counter(scope, subject).use(clock.instant(), allowance, window);
    }

    /**
     * One more attempt of a look-up procedure (Qui suis-je, activation): true when it fits both the client
     * address's and the browser session's hourly allowance. The session is counted by a hash of its id, and
     * only when the client address was not already over its allowance.
     */
    public boolean tryHourlyAttempt(String clientScope, String clientAddress, int perClient, String sessionScope,
            String sessionId, int perSession) {
        Duration hour = Duration.ofHours(1);
        return tryUse(clientScope, clientAddress, perClient, hour)
                && tryUse(sessionScope, Secrets.sha256Hex(sessionId), perSession, hour);
    }

    public void clear(String scope, String subject) {
        find(scope, subject, LockModeType.PESSIMISTIC_WRITE).ifPresent(ThrottleCounter::clear);
    }

    private ThrottleCounter counter(String scope, String subject) {
        Optional<ThrottleCounter> existing = find(scope, subject, LockModeType.PESSIMISTIC_WRITE);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            rows.create(scope, subject);
        } catch (EJBException | PersistenceException createdElsewhere) {
            // Another node created the same row a moment ago: count on that one.
        }
        return find(scope, subject, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new IllegalStateException("Counter " + scope + " could not be created"));
    }

    private Optional<ThrottleCounter> find(String scope, String subject, LockModeType lock) {
        return em.createQuery("select c from ThrottleCounter c where c.scope = :scope and c.subjectKey = :subject",
                        ThrottleCounter.class)
                .setParameter("scope", scope)
                .setParameter("subject", subject)
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }
}
