package fr.ent.sesame.password;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The hashing slots of one node and the short line in front of them: a request takes a free slot, else
 * waits for one if fewer than {@code maxWaiting} already do, at most {@code timeout}; else it is turned away.
 */
final class HashingSlots {

    private final Semaphore slots;
    private final AtomicInteger waiting = new AtomicInteger();

    HashingSlots(int count) {
        slots = new Semaphore(count, true);
    }

    boolean acquire(int maxWaiting, Duration timeout) {
        if (slots.tryAcquire()) {
            return true;
        }
        if (waiting.incrementAndGet() > maxWaiting) {
            waiting.decrementAndGet();
            return false;
        }
        try {
            return slots.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            waiting.decrementAndGet();
        }
    }

    void release() {
        slots.release();
    }

    /** No slot is free and the line is full: a request asking now would be turned away. */
    boolean full(int maxWaiting) {
        return slots.availablePermits() == 0 && waiting.get() >= maxWaiting;
    }
}
