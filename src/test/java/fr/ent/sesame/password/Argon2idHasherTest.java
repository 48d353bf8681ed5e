package fr.ent.sesame.password;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Argon2idHasherTest {

    // Small parameters keep the unit test quick; the format and the logic are the same.
    private final Argon2idHasher hasher = new Argon2idHasher(1024, 1, 1);

    @Test
    void hash_isASelfDescribingPhcString_withItsParameters() {
        String stored = hasher.hash("Tilleul-Ecorce-42");

        assertTrue(stored.startsWith("$argon2id$v=19$m=1024,t=1,p=1$"), stored);
        assertFalse(stored.contains("Tilleul"));
    }

    @Test
    void sameSecret_hashesDifferentlyEachTime_butVerifies() {
        String first = hasher.hash("Tilleul-Ecorce-42");
        String second = hasher.hash("Tilleul-Ecorce-42");

        assertNotEquals(first, second, "a random salt per hash");
        assertTrue(hasher.verify("Tilleul-Ecorce-42", first));
        assertTrue(hasher.verify("Tilleul-Ecorce-42", second));
    }

    @Test
    void wrongSecret_orForeignHash_doesNotVerify() {
        String stored = hasher.hash("Tilleul-Ecorce-42");

        assertFalse(hasher.verify("Tilleul-Ecorce-43", stored));
        assertFalse(hasher.verify("tilleul-ecorce-42", stored));
        assertFalse(hasher.verify("Tilleul-Ecorce-42", "plain-text"));
        assertFalse(hasher.verify("Tilleul-Ecorce-42", null));
    }

    @Test
    void hashMadeWithOtherParameters_isOutdated_butStillVerifies() {
        String old = new Argon2idHasher(512, 1, 1).hash("Cathedrale-Rose-1439");

        assertTrue(hasher.isOutdated(old));
        assertTrue(hasher.verify("Cathedrale-Rose-1439", old), "old hashes keep working until rehashed");
        assertFalse(hasher.isOutdated(hasher.hash("Cathedrale-Rose-1439")));
        assertTrue(hasher.isOutdated("$pbkdf2-sha256$whatever"));
    }
}
