package fr.ent.sesame.password;

import fr.ent.sesame.kernel.Secrets;
import fr.ent.sesame.kernel.ServiceBusyException;
import fr.ent.sesame.settings.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;

/**
 * The only way Sésame hashes or checks a password or a secret answer. Text is NFKC-normalised here,
 * identically when set and when checked. Hashing is slow on purpose, so at most a few run at once on a
 * node (one per core by default). A few more requests may wait for a slot, briefly; past that a request is
 * told at once that the service is busy, so a flood of sign-ins never ties up the worker threads that
 * serve every other page. Callers hold no database connection here (they run without a transaction).
 */
@ApplicationScoped
public class PasswordHashing {

    @Inject
    Settings settings;

    @Inject
    jakarta.enterprise.event.Event<HashingSlotAsked> slotAsked;

    private HashingSlots slots;
    private int slotCount;
    private volatile String dummyHash;
    private volatile BlocksFor blocks;

    /** The memory the hashing slots work in, kept between hashes, for the memory setting it was made for. */
    private record BlocksFor(int memoryKib, Argon2BytesGenerator.BlockPool pool) {}

    @PostConstruct
    void init() {
        slotCount = settings.hashMaxConcurrent();
        slots = new HashingSlots(slotCount);
    }

    public String hash(String secret) {
        return guarded(() -> currentHasher().hash(Secrets.nfkc(secret)));
    }

    public boolean verify(String secret, String storedHash) {
        return guarded(() -> currentHasher().verify(Secrets.nfkc(secret), storedHash));
    }

    /**
     * The same work as a real check, for an identifier that does not exist or has no secret: the time a
     * request takes then tells nothing about the account.
     */
    public void verifyAgainstNothing(String secret) {
        String dummy = dummyHash;
        if (dummy == null || isOutdated(dummy)) {
            dummy = hash("sesame-dummy-" + Secrets.reference());
            dummyHash = dummy;
        }
        verify(secret, dummy);
    }

    /**
     * Whether a request arriving now would be told the service is busy: every slot taken and the line in
     * front of them full. A page that hashes on every post asks this first ({@link BusyBeforeHashingFilter}), so a
     * post that would be turned away costs no page; it counts as a busy answer.
     */
    public boolean turnsAwayNow() {
        if (!slots.full(settings.hashMaxWaiting())) {
            return false;
        }
        slotAsked.fire(new HashingSlotAsked(0, false));
        return true;
    }

    public boolean isOutdated(String storedHash) {
        return currentHasher().isOutdated(storedHash);
    }

    private Argon2idHasher currentHasher() {
        int memoryKib = settings.argon2MemoryKib();
        BlocksFor current = blocks;
        if (current == null || current.memoryKib() != memoryKib) {
            // At most one hash per slot runs at once, so this many blocks are all the slots ever need.
            current = new BlocksFor(memoryKib, Argon2idHasher.poolFor(slotCount, memoryKib));
            blocks = current;
        }
        return new Argon2idHasher(memoryKib, settings.argon2Iterations(), settings.argon2Parallelism(), current.pool());
    }

    private <T> T guarded(java.util.function.Supplier<T> work) {
        long asked = System.nanoTime();
        boolean acquired = acquireSlot();
        slotAsked.fire(new HashingSlotAsked(System.nanoTime() - asked, acquired));
        if (!acquired) {
            throw new ServiceBusyException();
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }

    private boolean acquireSlot() {
        return slots.acquire(settings.hashMaxWaiting(), settings.hashQueueTimeout());
    }
}
