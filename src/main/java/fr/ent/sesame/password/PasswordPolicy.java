package fr.ent.sesame.password;

import fr.ent.sesame.kernel.Secrets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The rules a new password must follow (CNIL 2022, NIST SP 800-63B): a length counted in characters as a
 * person sees them, no truncation, any printable character, not a common password even dressed up (case,
 * accents, digits swapped for letters, digits, a year or a symbol at either end, a keyboard walk), nothing
 * a guesser would try first (the identifier, the person's names, the institution's name and words), and a
 * minimum strength as zxcvbn estimates it. Reuse of a recent password needs the stored hashes and is
 * checked by {@link PasswordChanges}.
 */
public final class PasswordPolicy {

    public enum Rule {
        TOO_SHORT,
        TOO_LONG,
        NOT_PRINTABLE,
        COMMON,
        CONTAINS_IDENTIFIER,
        CONTAINS_NAME,
        CONTAINS_INSTITUTION,
        TOO_WEAK,
        REUSED,
        /** ldap mode: the directory's policy wants a longer wait since the last change. */
        TOO_RECENT,
        /** ldap mode: the directory refused it for a reason its policy did not name. */
        REFUSED_BY_DIRECTORY
    }

    /** What a guesser knows about the person. */
    public record Person(String identifier, String firstName, String lastName, String institutionName) {}

    /** How hard a password is to guess, 0 (trivial) to 4, knowing the words given. */
    @FunctionalInterface
    public interface Estimator {
        int score(String password, List<String> personalWords);
    }

    private static final int SHORTEST_WORD_THAT_COUNTS = 3;

    private final int minLength;
    private final int maxLength;
    private final Set<String> commonPasswords;
    private final List<String> contextWords;
    private final int minStrength;
    private final Estimator estimator;

    /**
     * @param commonPasswords folded (lower case, no accents) passwords and words a guesser tries first
     * @param contextWords    the institution's other words: its city, its short names
     */
    public PasswordPolicy(
            int minLength,
            int maxLength,
            Set<String> commonPasswords,
            List<String> contextWords,
            int minStrength,
            Estimator estimator) {
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.commonPasswords = commonPasswords;
        this.contextWords = contextWords;
        this.minStrength = minStrength;
        this.estimator = estimator;
    }

    public int minLength() {
        return minLength;
    }

    public int maxLength() {
        return maxLength;
    }

    public int minStrength() {
        return minStrength;
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
        if (normalised
                .codePoints()
                .anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.UNASSIGNED)) {
            broken.add(Rule.NOT_PRINTABLE);
        }
        String folded = Secrets.fold(normalised);
        if (isCommon(folded)) {
            broken.add(Rule.COMMON);
        }
        if (containsWordOf(folded, person.identifier())) {
            broken.add(Rule.CONTAINS_IDENTIFIER);
        }
        if (containsWordOf(folded, person.firstName()) || containsWordOf(folded, person.lastName())) {
            broken.add(Rule.CONTAINS_NAME);
        }
        if (containsWordOf(folded, person.institutionName())
                || contextWords.stream().anyMatch(word -> containsWordOf(folded, word))) {
            broken.add(Rule.CONTAINS_INSTITUTION);
        }
        if (length <= maxLength && estimator.score(normalised, personalWords(person)) < minStrength) {
            broken.add(Rule.TOO_WEAK);
        }
        return broken;
    }

    /** The listed password, or one of its dressed-up forms: what guessing tools try after the list itself. */
    boolean isCommon(String folded) {
        String core = stripEnds(folded);
        return Stream.concat(Stream.of(folded, core), deLeet(core).stream().flatMap(w -> Stream.of(w, stripEnds(w))))
                        .filter(candidate -> !candidate.isEmpty())
                        .anyMatch(candidate -> commonPasswords.contains(candidate) || isRepeated(candidate))
                || KeyboardWalks.isWalk(folded);
    }

    /** « motdepassemotdepasse », « azertyazerty »: a listed word, or a short one, said again. */
    private boolean isRepeated(String candidate) {
        for (int unit = 1; unit <= candidate.length() / 2; unit++) {
            if (candidate.length() % unit == 0
                    && candidate.equals(candidate.substring(0, unit).repeat(candidate.length() / unit))) {
                String word = candidate.substring(0, unit);
                return unit <= 4 || commonPasswords.contains(word);
            }
        }
        return false;
    }

    /** Without the digits, years and symbols people add at the start or the end. */
    static String stripEnds(String folded) {
        return folded.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
    }

    /** The word read with digits and symbols as the letters they stand for (1 read both as i and as l). */
    static List<String> deLeet(String text) {
        String common = text.replace('4', 'a')
                .replace('@', 'a')
                .replace('3', 'e')
                .replace('0', 'o')
                .replace('5', 's')
                .replace('$', 's')
                .replace('7', 't')
                .replace('!', 'i');
        return List.copyOf(new LinkedHashSet<>(List.of(common.replace('1', 'i'), common.replace('1', 'l'))));
    }

    private List<String> personalWords(Person person) {
        return Stream.concat(
                        Stream.of(person.identifier(), person.firstName(), person.lastName(), person.institutionName()),
                        contextWords.stream())
                .filter(Objects::nonNull)
                .toList();
    }

    private static boolean containsWordOf(String foldedPassword, String source) {
        if (source == null) {
            return false;
        }
        String deLeeted = String.join(" ", deLeet(foldedPassword));
        return Arrays.stream(Secrets.fold(source).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() >= SHORTEST_WORD_THAT_COUNTS)
                .filter(word -> !word.equals("des") && !word.equals("les") && !word.equals("the"))
                .anyMatch(word -> foldedPassword.contains(word) || deLeeted.contains(word));
    }
}
