package fr.ent.sesame.load;

import fr.ent.sesame.kernel.Secrets;
import fr.ent.sesame.password.Argon2idHasher;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ceiling for sign-ins on this machine: how many password checks per second the server's hashing slots
 * could do if the server did nothing else. Same Argon2id parameters as the settings' defaults, one thread
 * per slot (one per processor, as {@code sesame.hash.max-concurrent=0}), the slots' memory pooled as in the
 * server, a warm-up, then a measured run.
 * <p>
 * {@code ./mvnw -Pload test-compile exec:java@hash-bound} — {@code -Dload.hashSeconds=20}
 */
public final class HashBound {

    private HashBound() {}

    public static void main(String[] args) throws InterruptedException {
        int slots = Runtime.getRuntime().availableProcessors();
        int seconds = Integer.getInteger("load.hashSeconds", 20);
        // As the server hashes: its memory kept in a pool for the slots.
        Argon2idHasher hasher = new Argon2idHasher(19456, 2, 1, Argon2idHasher.poolFor(slots, 19456));
        String stored = hasher.hash(Secrets.nfkc(LoadAccounts.PASSWORD));
        run(hasher, stored, slots, 5);
        long checks = run(hasher, stored, slots, seconds);
        System.out.printf(
                "Hash bound: %.1f checks/s with %d slots (Argon2id m=19456 t=2 p=1, %d s)%n",
                checks / (double) seconds, slots, seconds);
    }

    private static long run(Argon2idHasher hasher, String stored, int slots, int seconds) throws InterruptedException {
        AtomicLong checks = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(slots);
        for (int i = 0; i < slots; i++) {
            pool.execute(() -> {
                while (System.nanoTime() < end) {
                    if (hasher.verify(Secrets.nfkc(LoadAccounts.PASSWORD), stored)) {
                        checks.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        return checks.get();
    }
}
