package fr.ent.sesame.kernel;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An account's identifier (the directory's {@code uid}): 1 to 64 characters among lower-case letters,
 * digits, {@code .}, {@code _} and {@code -}, starting with a letter or a digit — the rule the member
 * import and the {@code account.identifier} column hold every account to. People type it in any case and
 * with stray spaces; {@link #parse} gives the one value they mean.
 *
 * <p>A value of this type is always a possible identifier: a look-up, a mail or a log line never gets a
 * string nobody checked. Whether an account holds it is the account store's business.
 */
public record Identifier(String value) implements Serializable {

    /** The {@code account.identifier} column's length. */
    public static final int LONGEST = 64;

    private static final Pattern SYNTAX = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    /** @throws IllegalArgumentException unless {@code value} follows the rule above, in lower case */
    public Identifier {
        if (!isValid(value)) {
            // The value is left out of the message: it may be anything a person typed, and messages reach the log.
            throw new IllegalArgumentException("Not an identifier in canonical form");
        }
    }

    /** The identifier typed (trimmed, lower-cased), or empty when no account could have it. */
    public static Optional<Identifier> parse(String typed) {
        String identifier = folded(typed);
        return isValid(identifier) ? Optional.of(new Identifier(identifier)) : Optional.empty();
    }

    /**
     * What was typed, trimmed and lower-cased, whether or not an account could have it: the form the
     * attempt counters and the audit log count a typed identifier in, so that " JDupont" and "jdupont" are
     * one person's attempts. Never a look-up key: that is {@link #parse}'s value.
     */
    public static String folded(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isValid(String identifier) {
        return identifier != null
                && !identifier.isEmpty()
                && identifier.length() <= LONGEST
                && SYNTAX.matcher(identifier).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
