package fr.ent.sesame.directory;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A personal address as Sésame accepts it: one plain {@code local@domain}, at most 254 characters, no
 * display name, no list, no spaces or line breaks — nothing that could smuggle another header or
 * recipient into a mail.
 */
public final class EmailAddress {

    public static final int LONGEST = 254;

    private static final Pattern PLAIN = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private EmailAddress() {
    }

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
