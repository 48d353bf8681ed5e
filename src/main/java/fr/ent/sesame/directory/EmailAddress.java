package fr.ent.sesame.directory;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A personal address as Sésame accepts it: one plain {@code local@domain}, at most 254 characters, no
 * display name, no list, no spaces or line breaks — nothing that could smuggle another header or
 * recipient into a mail. The local part is a dot-atom of letters, digits and {@code _ + - '} (no
 * {@code %} or {@code !}, which old relays still read as routing to another host); the domain is a DNS
 * name whose last label is a top-level domain, never an IP address or an address literal.
 */
public final class EmailAddress {

    public static final int LONGEST = 254;

    private static final String ATOM = "[a-z0-9_+'-]+";
    private static final String LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
    private static final String TOP_LEVEL = "(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})";
    private static final Pattern PLAIN =
            Pattern.compile("(?=[^@]{1,64}@)" + ATOM + "(?:\\." + ATOM + ")*@(?:" + LABEL + "\\.)+" + TOP_LEVEL);

    private EmailAddress() {}

    /** The address in canonical form (trimmed, lower case), or empty when it is not one plain address. */
    public static Optional<String> canonical(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String address = typed.strip().toLowerCase(Locale.ROOT);
        if (address.length() > LONGEST || !PLAIN.matcher(address).matches()) {
            return Optional.empty();
        }
        return Optional.of(address);
    }
}
