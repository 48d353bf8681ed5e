package fr.ent.sesame.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/** Failures (or uses) counted for one subject in one scope, shared by every node through the database. */
@Entity
@Table(name = "throttle_counter")
public class ThrottleCounter {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "throttle_counter_seq")
    @SequenceGenerator(name = "throttle_counter_seq", sequenceName = "throttle_counter_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String scope;

    @Column(name = "subject_key", nullable = false)
    private String subjectKey;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "lock_count", nullable = false)
    private int lockCount;

    @Version
    private long version;

    protected ThrottleCounter() {
        // for JPA
    }

    ThrottleCounter(String scope, String subjectKey, Instant now) {
        this.scope = scope;
        this.subjectKey = subjectKey;
        this.windowStart = now;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    String scope() {
        return scope;
    }

    int failures() {
        return failures;
    }

    Instant windowStart() {
        return windowStart;
    }

    /** One more failure; at {@code maxFailures} a lock starts, each one twice as long as the last, up to {@code maxLock}. */
    void fail(Instant now, int maxFailures, Duration firstLock, Duration maxLock) {
        failures++;
        if (failures >= maxFailures) {
            lockCount++;
            Duration lock = firstLock.multipliedBy(1L << Math.min(lockCount - 1, 20));
            lockedUntil = now.plus(lock.compareTo(maxLock) > 0 ? maxLock : lock);
            failures = 0;
        }
    }

    /** One more use in a fixed window; false (and not counted) when the window's allowance is spent. */
    boolean use(Instant now, int allowance, Duration window) {
        if (!now.isBefore(windowStart.plus(window))) {
            windowStart = now;
            failures = 0;
        }
        if (failures >= allowance) {
            return false;
        }
        failures++;
        return true;
    }

    void clear() {
        failures = 0;
        lockCount = 0;
        lockedUntil = null;
    }
}
