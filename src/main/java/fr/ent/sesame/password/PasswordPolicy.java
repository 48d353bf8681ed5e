package fr.ent.sesame.password;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import fr.ent.sesame.kernel.Secrets;

/**
 * The rules a new password must follow (CNIL 2022, NIST SP 800-63B): a length counted in characters as a
 * person sees them, no truncation, any printable character, not a common password, and nothing a
 * guesser would try first (the identifier, the person's names, the institution's name). Reuse of a
 * recent password needs the stored hashes and is checked by {@link PasswordChanges}.
 */
public final class PasswordPolicy {

    public enum Rule {
        TOO_SHORT, TOO_LONG, NOT_PRINTABLE, COMMON, CONTAINS_IDENTIFIER, CONTAINS_NAME, CONTAINS_INSTITUTION, REUSED
    }

    /** What a guesser knows about the person. */
    public record Person(String identifier, String firstName, String lastName, String institutionName) {
    }

    private static final int SHORTEST_WORD_THAT_COUNTS = 3;

    private final int minLength;
    private final int maxLength;
    private final Set<String> commonPasswords;

    public PasswordPolicy(int minLength, int maxLength, Set<String> commonPasswords) {
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.commonPasswords = commonPasswords;
    }

    public int minLength() {
        return minLength;
    }

    public int maxLength() {
        return maxLength;
    }

    /** The rules {@code password} breaks, in the order they are shown; empty when it is acceptable. */
    public List<Rule> check(String password, Person person) {
        String normalised = Secrets.nfkc(password == null ? "" : password);
        List<Rule> broken = new ArrayList<>();
        int length = normalised.codePointCount(0, normalised.length());
        if (length < minLength) {
            broken.add(Rule.TOO_SHORT);
        }
        if (length > maxLength) {
            broken.add(Rule.TOO_LONG);
        }
        if (normalised.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.UNASSIGNED)) {
            broken.add(Rule.NOT_PRINTABLE);
        }
        String folded = Secrets.fold(normalised);
        if (commonPasswords.contains(folded)) {
            broken.add(Rule.COMMON);
        }
        if (containsWordOf(folded, person.identifier())) {
            broken.add(Rule.CONTAINS_IDENTIFIER);
        }
        if (containsWordOf(folded, person.firstName()) || containsWordOf(folded, person.lastName())) {
            broken.add(Rule.CONTAINS_NAME);
        }
        if (containsWordOf(folded, person.institutionName())) {
            broken.add(Rule.CONTAINS_INSTITUTION);
        }
        return broken;
    }

    private static boolean containsWordOf(String foldedPassword, String source) {
        if (source == null) {
            return false;
        }
        return Arrays.stream(Secrets.fold(source).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() >= SHORTEST_WORD_THAT_COUNTS)
                .filter(word -> !word.equals("des") && !word.equals("les") && !word.equals("the"))
                .anyMatch(foldedPassword::contains);
    }
}
