package fr.ent.sesame.security;

import fr.ent.sesame.kernel.Secrets;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Counters that limit guessing and mail flooding, kept in the database so every node sees the same
 * numbers and they survive restarts. Counting happens outside the caller's work ({@code NEVER} a caller's
 * transaction): a failure stays counted when the attempt itself fails, and a request never holds one
 * connection while asking the pool for a second. Rows are locked while counted, so two nodes counting at
 * once both count.
 */
@Stateless
public class Throttle {

    @Inject
    Clock clock;

    @Inject
    ThrottleRows rows;

    /**
     * Where one counter stands, for the support desk: failures or uses counted since {@code since}, and the
     * end of its lock when one holds now (else null).
     */
    public record Standing(String scope, int count, Instant since, Instant lockedUntil) {}

    /** The counters among these (scope to subject) that count something or lock now, in the order given. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public java.util.List<Standing> standing(java.util.Map<String, String> subjectsByScope) {
        Instant now = clock.instant();
        java.util.List<Standing> standing = new java.util.ArrayList<>();
        subjectsByScope.forEach((scope, subject) -> rows.find(scope, subject)
                .filter(counter -> counter.failures() > 0 || counter.isLockedAt(now))
                .ifPresent(counter -> standing.add(new Standing(
                        scope,
                        counter.failures(),
                        counter.windowStart(),
                        counter.isLockedAt(now) ? counter.lockedUntil() : null))));
        return standing;
    }

    /** Until when the subject is locked in this scope, if it is now. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Instant> lockedUntil(String scope, String subject) {
        Instant now = clock.instant();
        return rows.find(scope, subject)
                .filter(counter -> counter.isLockedAt(now))
                .map(ThrottleCounter::lockedUntil);
    }

    /** The latest end of the locks that hold now on any of these subjects, each given as scope then subject. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Instant> lockedUntilAny(String... scopesAndSubjects) {
        Optional<Instant> latest = Optional.empty();
        for (int i = 0; i + 1 < scopesAndSubjects.length; i += 2) {
            Optional<Instant> until = lockedUntil(scopesAndSubjects[i], scopesAndSubjects[i + 1]);
            if (until.isPresent() && (latest.isEmpty() || until.get().isAfter(latest.get()))) {
                latest = until;
            }
        }
        return latest;
    }

    @TransactionAttribute(TransactionAttributeType.NEVER)
    public void recordFailure(String scope, String subject, int maxFailures, Duration firstLock, Duration maxLock) {
        count(scope, subject, counter -> {
            counter.fail(clock.instant(), maxFailures, firstLock, maxLock);
            return true;
        });
    }

    /** True when one more use fits in the current window (and counts it). */
    @TransactionAttribute(TransactionAttributeType.NEVER)
    public boolean tryUse(String scope, String subject, int allowance, Duration window) {
        return count(scope, subject, counter -> counter.use(clock.instant(), allowance, window));
    }

    /**
     * One more attempt of a look-up procedure (Qui suis-je, activation): true when it fits both the client
     * address's and the browser session's hourly allowance. The session is counted by a hash of its id, and
     * only when the client address was not already over its allowance.
     */
    @TransactionAttribute(TransactionAttributeType.NEVER)
    public boolean tryHourlyAttempt(
            String clientScope,
            String clientAddress,
            int perClient,
            String sessionScope,
            String sessionId,
            int perSession) {
        Duration hour = Duration.ofHours(1);
        return tryUse(clientScope, clientAddress, perClient, hour)
                && tryUse(sessionScope, Secrets.sha256Hex(sessionId), perSession, hour);
    }

    /** Part of a change (a new password clears the answer counter): joins the change's transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void clear(String scope, String subject) {
        rows.clear(scope, subject);
    }

    /**
     * Counts on the row if it exists; a missing row is created in a transaction of its own, which ends
     * before the counting one starts (a row the housekeeping deletes in between is created again).
     */
    private boolean count(String scope, String subject, Predicate<ThrottleCounter> change) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<Boolean> counted = rows.change(scope, subject, change);
            if (counted.isPresent()) {
                return counted.get();
            }
            rows.createIfMissing(scope, subject);
        }
        throw new IllegalStateException("Counter " + scope + " vanished twice while being counted");
    }
}
