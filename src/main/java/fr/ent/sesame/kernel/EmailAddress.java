package fr.ent.sesame.kernel;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A personal address as Sésame accepts it: one plain {@code local@domain}, at most 254 characters, no
 * display name, no list, no spaces or line breaks — nothing that could smuggle another header or
 * recipient into a mail. The local part is a dot-atom of letters, digits and {@code _ + - '} (no
 * {@code %} or {@code !}, which old relays still read as routing to another host); the domain is a DNS
 * name whose last label is a top-level domain, never an IP address or an address literal. Held in lower
 * case, so that two spellings of one address are one value.
 *
 * <p>A value of this type is always such an address: what a person typed goes through {@link #parse}, and
 * the constructor refuses anything else, so a mail is never addressed to a string nobody checked.
 */
public record EmailAddress(String value) implements Serializable {

    public static final int LONGEST = 254;

    private static final String ATOM = "[a-z0-9_+'-]+";
    private static final String LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
    private static final String TOP_LEVEL = "(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})";
    private static final Pattern PLAIN =
            Pattern.compile("(?=[^@]{1,64}@)" + ATOM + "(?:\\." + ATOM + ")*@(?:" + LABEL + "\\.)+" + TOP_LEVEL);

    /** @throws IllegalArgumentException unless {@code value} is one plain address in lower case */
    public EmailAddress {
        if (!isPlain(value)) {
            // The value is left out of the message: it is something a person typed, and messages reach the log.
            throw new IllegalArgumentException("Not one plain address in canonical form");
        }
    }

    /** The address typed (trimmed, lower-cased), or empty when it is not one plain address. */
    public static Optional<EmailAddress> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String address = typed.strip().toLowerCase(Locale.ROOT);
        return isPlain(address) ? Optional.of(new EmailAddress(address)) : Optional.empty();
    }

    /** For a column or an attribute that may hold no address. */
    public static EmailAddress orNull(String stored) {
        return stored == null ? null : new EmailAddress(stored);
    }

    private static boolean isPlain(String address) {
        return address != null
                && address.length() <= LONGEST
                && PLAIN.matcher(address).matches();
    }

    /** What comes before the {@code @}. */
    public String localPart() {
        return value.substring(0, value.indexOf('@'));
    }

    @Override
    public String toString() {
        return value;
    }
}
