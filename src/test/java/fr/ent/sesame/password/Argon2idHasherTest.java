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

    @Test
    void hashesMadeByTheEarlierLibrary_stillVerify() {
        // Made by password4j 1.8.4, which Sésame used before Bouncy Castle: stored hashes must keep working.
        String accented =
                "$argon2id$v=19$m=1024,t=1,p=1$oSUE3QMS+0DPoZJoDw3apQ$grjdu1cNte7vft46VobegFX+BPYpSLPA6XWUyCENX6c";
        String twoLanes =
                "$argon2id$v=19$m=1024,t=2,p=2$iyPfXC7PCUr6TSFOUCZIPw$xOp979aAgnncarfg2mBeSk5HSonP/KtmtH8zXqlF3jQ";

        assertTrue(hasher.verify("\u00c9lan-\u00c7\u00e0-\u0152uvre-\u00e9\u0301", accented), "UTF-8, as before");
        assertFalse(hasher.verify("\u00c9lan-\u00c7\u00e0-\u0152uvre-\u00e9", accented));
        assertTrue(hasher.verify("Tilleul-Ecorce-42", twoLanes));
        assertFalse(hasher.isOutdated(accented));
        assertTrue(hasher.isOutdated(twoLanes));
    }

    @Test
    void pooledMemory_givesTheSameHashes_andIsReusedClean() {
        var pool = Argon2idHasher.poolFor(1, 1024);
        Argon2idHasher pooled = new Argon2idHasher(1024, 1, 1, pool);
        String stored = hasher.hash("Tilleul-Ecorce-42");

        for (int i = 0; i < 3; i++) {
            assertTrue(pooled.verify("Tilleul-Ecorce-42", stored), "check " + i);
            assertFalse(pooled.verify("Tilleul-Ecorce-43", stored), "check " + i);
        }
        assertTrue(hasher.verify("Tilleul-Ecorce-42", pooled.hash("Tilleul-Ecorce-42")));
    }

    @Test
    void storedStringsThatAreNotWellFormed_neverVerify_andAreOutdated() {
        String stored = hasher.hash("Tilleul-Ecorce-42");
        String tooMuchMemory = stored.replace("m=1024", "m=999999999");
        String badVersion = stored.replace("v=19", "v=42");
        String truncated = stored.substring(0, stored.lastIndexOf('$'));
        String notBase64 = stored.substring(0, stored.length() - 2) + "*!";

        for (String bad : new String[] {tooMuchMemory, badVersion, truncated, notBase64, "$argon2id$", ""}) {
            assertFalse(hasher.verify("Tilleul-Ecorce-42", bad), bad);
            assertTrue(hasher.isOutdated(bad), bad);
        }
    }
}
