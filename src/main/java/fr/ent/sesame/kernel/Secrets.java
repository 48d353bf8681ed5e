package fr.ent.sesame.kernel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.HexFormat;

/** The one source of randomness and of the digests and normalisation applied to what people type. */
public final class Secrets {

    /** Longest secret answer accepted anywhere, in characters. */
    public static final int LONGEST_ANSWER = 200;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789".toCharArray();

    private Secrets() {}

    /**
     * Passwords and answers are compared as NFKC, so "é" typed as one code point or as e + accent,
     * or a full-width digit, give the same hash on every keyboard.
     */
    public static String nfkc(String typed) {
        return Normalizer.normalize(typed, Normalizer.Form.NFKC);
    }

    /**
     * A secret answer as stored and as checked: NFKC first (it turns a no-break space into a space), then
     * surrounding spaces trimmed. Setting and checking must both use this one function.
     */
    public static String answerForm(String typed) {
        return typed == null ? "" : nfkc(typed).strip();
    }

    /**
     * Text as a guesser or a person typing sees it: lower case, without accents ("Université", "UNIVERSITE"
     * and "universite" are the same word).
     */
    public static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT);
    }

    public static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** A short reference a person can read out to support; it names a log entry, it protects nothing. */
    public static String reference() {
        return readableRandom();
    }

    /**
     * A one-time code to type from a mail: eight characters of an alphabet without look-alikes (30^8, about
     * 2^39), shown as two groups of four. It protects because it dies after a few wrong tries and minutes.
     */
    public static String oneTimeCode() {
        return readableRandom();
    }

    /** How a typed code is compared: case, spaces and dashes do not matter (it is copied from a mail). */
    public static String codeForm(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]+", "").toUpperCase(java.util.Locale.ROOT);
    }

    private static String readableRandom() {
        StringBuilder code = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(REFERENCE_ALPHABET[RANDOM.nextInt(REFERENCE_ALPHABET.length)]);
        }
        return code.toString();
    }

    public static String sha256Hex(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
