package fr.ent.sesame.password;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HashingSlotsTest {

    private static final Duration LONG = Duration.ofMinutes(1);

    @Test
    void fullOnlyWhenEverySlotIsTakenAndTheLineIsFull() throws Exception {
        HashingSlots slots = new HashingSlots(1);
        assertFalse(slots.full(1));

        assertTrue(slots.acquire(1, LONG));
        assertFalse(slots.full(1), "a slot taken, but one request may still wait");

        CompletableFuture<Boolean> waiter = CompletableFuture.supplyAsync(() -> slots.acquire(1, LONG));
        awaitFull(slots);
        assertFalse(slots.acquire(1, Duration.ZERO), "a third request is turned away, as full() said");

        slots.release();
        assertTrue(waiter.get(1, TimeUnit.MINUTES), "the waiting request got the slot");
        assertFalse(slots.full(1), "the line is empty again");
        slots.release();
        assertFalse(slots.full(0));
    }

    @Test
    void withNoLineFullAsSoonAsTheSlotsAreTaken() {
        HashingSlots slots = new HashingSlots(2);
        assertTrue(slots.acquire(0, LONG));
        assertFalse(slots.full(0));
        assertTrue(slots.acquire(0, LONG));
        assertTrue(slots.full(0));
        assertFalse(slots.acquire(0, LONG), "no wait at all when no one may wait");
    }

    private static void awaitFull(HashingSlots slots) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!slots.full(1)) {
            assertTrue(System.nanoTime() < deadline, "the second request never started waiting");
            Thread.sleep(5);
        }
    }
}
