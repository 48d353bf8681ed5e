package fr.ent.sesame.password;

import fr.ent.sesame.kernel.Secrets;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id (Bouncy Castle's implementation) with PHC output ({@code $argon2id$v=19$m=…,t=…,p=…$salt$hash},
 * salt and hash in Base64 without padding): the stored string says how it was made, so parameters can be
 * raised later and old hashes still verify. Hashes made before by password4j have the same form.
 * <p>
 * The memory Argon2 works in (19 MiB by default) is taken from a {@link Argon2BytesGenerator.BlockPool}
 * and given back, cleared, at the end of each hash: with one hash per core at a time, the same blocks are
 * used again and again instead of 19 MiB of new garbage per sign-in. In a server's heap (512 MiB) that
 * garbage made the collector copy half-finished hashes many times a second and cut the hashes a core
 * could do by two thirds (docs/performance.md).
 */
public final class Argon2idHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    /** {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}; the version part is absent in the oldest form (v=16). */
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2(id|i|d)(?:\\$v=(\\d{1,3}))?\\$m=(\\d{1,9}),t=(\\d{1,6}),p=(\\d{1,3})\\$([A-Za-z0-9+/]{11,128})\\$([A-Za-z0-9+/]{16,256})");

    /**
     * A stored string claiming more memory than this is not checked: hashing it would let whoever could
     * write one make every check of that account cost gigabytes. 4 GiB, far above any sane setting.
     */
    private static final int MAX_MEMORY_KIB = 4 * 1024 * 1024;

    /** What a stored hash says of itself; {@link #hash()} is the expected output (its length when hashing anew). */
    record Stored(int type, int version, int memoryKib, int iterations, int parallelism, byte[] salt, byte[] hash) {

        static Optional<Stored> parse(String stored) {
            if (stored == null) {
                return Optional.empty();
            }
            Matcher phc = PHC.matcher(stored);
            if (!phc.matches()) {
                return Optional.empty();
            }
            try {
                int type = switch (phc.group(1)) {
                    case "id" -> Argon2Parameters.ARGON2_id;
                    case "i" -> Argon2Parameters.ARGON2_i;
                    default -> Argon2Parameters.ARGON2_d;
                };
                int version =
                        phc.group(2) == null ? Argon2Parameters.ARGON2_VERSION_10 : Integer.parseInt(phc.group(2));
                int parallelism = Integer.parseInt(phc.group(5));
                int memory = Integer.parseInt(phc.group(3));
                int iterations = Integer.parseInt(phc.group(4));
                if ((version != Argon2Parameters.ARGON2_VERSION_10 && version != Argon2Parameters.ARGON2_VERSION_13)
                        || parallelism < 1
                        || iterations < 1
                        || memory < 8 * parallelism
                        || memory > MAX_MEMORY_KIB) {
                    return Optional.empty();
                }
                return Optional.of(new Stored(
                        type,
                        version,
                        memory,
                        iterations,
                        parallelism,
                        DECODER.decode(phc.group(6)),
                        DECODER.decode(phc.group(7))));
            } catch (IllegalArgumentException notBase64) {
                return Optional.empty();
            }
        }
    }

    private final int memoryKib;
    private final int iterations;
    private final int parallelism;
    private final Argon2BytesGenerator.BlockPool pool;

    /** A hasher whose memory is garbage after each hash (tools and tests; the server passes its pool). */
    public Argon2idHasher(int memoryKib, int iterations, int parallelism) {
        this(memoryKib, iterations, parallelism, new Argon2BytesGenerator.FixedBlockPool(0));
    }

    /**
     * @param pool where each hash takes its 1 KiB blocks and gives them back; sized for the hashes that may
     *     run at once ({@link #poolFor(int, int)})
     */
    public Argon2idHasher(int memoryKib, int iterations, int parallelism, Argon2BytesGenerator.BlockPool pool) {
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
        this.pool = pool;
    }

    /** A pool that keeps the blocks of {@code concurrentHashes} hashes of {@code memoryKib} each (1 KiB a block). */
    public static Argon2BytesGenerator.BlockPool poolFor(int concurrentHashes, int memoryKib) {
        return new Argon2BytesGenerator.FixedBlockPool(Math.multiplyExact(concurrentHashes, memoryKib));
    }

    public String hash(CharSequence secret) {
        byte[] salt = Secrets.randomBytes(SALT_BYTES);
        byte[] hash = compute(
                secret,
                new Stored(
                        Argon2Parameters.ARGON2_id,
                        Argon2Parameters.ARGON2_VERSION_13,
                        memoryKib,
                        iterations,
                        parallelism,
                        salt,
                        new byte[HASH_BYTES]));
        return "$argon2id$v=" + Argon2Parameters.ARGON2_VERSION_13 + "$m=" + memoryKib + ",t=" + iterations + ",p="
                + parallelism + "$" + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(hash);
    }

    /** False for a wrong secret and for anything that is not an Argon2 PHC string. */
    public boolean verify(CharSequence secret, String stored) {
        return Stored.parse(stored)
                .map(known -> MessageDigest.isEqual(compute(secret, known), known.hash()))
                .orElse(false);
    }

    /** True when the stored hash was made with other parameters than today's: rehash it at the next success. */
    public boolean isOutdated(String stored) {
        return Stored.parse(stored)
                .map(known -> known.type() != Argon2Parameters.ARGON2_id
                        || known.version() != Argon2Parameters.ARGON2_VERSION_13
                        || known.memoryKib() != memoryKib
                        || known.iterations() != iterations
                        || known.parallelism() != parallelism)
                .orElse(true);
    }

    private byte[] compute(CharSequence secret, Stored how) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(how.type())
                .withVersion(how.version())
                .withMemoryAsKB(how.memoryKib())
                .withIterations(how.iterations())
                .withParallelism(how.parallelism())
                .withSalt(how.salt())
                .withBlockPool(pool)
                .build());
        byte[] secretBytes = secret.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[how.hash().length];
        try {
            generator.generateBytes(secretBytes, out);
        } finally {
            Arrays.fill(secretBytes, (byte) 0);
        }
        return out;
    }
}
