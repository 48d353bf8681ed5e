package fr.ent.sesame.password;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Argon2id with PHC output ({@code $argon2id$v=19$m=…,t=…,p=…$salt$hash}): the stored string says how it
 * was made, so parameters can be raised later and old hashes still verify.
 */
public final class Argon2idHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final Argon2Function function;

    public Argon2idHasher(int memoryKib, int iterations, int parallelism) {
        this.function = Argon2Function.getInstance(
                memoryKib, iterations, parallelism, HASH_BYTES, Argon2.ID, Argon2Function.ARGON2_VERSION_13);
    }

    public String hash(CharSequence secret) {
        return Password.hash(secret).addRandomSalt(SALT_BYTES).with(function).getResult();
    }

    /** False for a wrong secret and for anything that is not an Argon2 PHC string. */
    public boolean verify(CharSequence secret, String stored) {
        if (stored == null || !stored.startsWith("$argon2")) {
            return false;
        }
        return Password.check(secret, stored).with(Argon2Function.getInstanceFromHash(stored));
    }

    /** True when the stored hash was made with other parameters than today's: rehash it at the next success. */
    public boolean isOutdated(String stored) {
        if (stored == null || !stored.startsWith("$argon2id$")) {
            return true;
        }
        Argon2Function used = Argon2Function.getInstanceFromHash(stored);
        return used.getMemory() != function.getMemory()
                || used.getIterations() != function.getIterations()
                || used.getParallelism() != function.getParallelism();
    }
}
