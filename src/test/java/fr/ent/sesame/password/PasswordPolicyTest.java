package fr.ent.sesame.password;

import static fr.ent.sesame.password.PasswordPolicy.Rule.COMMON;
import static fr.ent.sesame.password.PasswordPolicy.Rule.CONTAINS_IDENTIFIER;
import static fr.ent.sesame.password.PasswordPolicy.Rule.CONTAINS_INSTITUTION;
import static fr.ent.sesame.password.PasswordPolicy.Rule.CONTAINS_NAME;
import static fr.ent.sesame.password.PasswordPolicy.Rule.NOT_PRINTABLE;
import static fr.ent.sesame.password.PasswordPolicy.Rule.TOO_LONG;
import static fr.ent.sesame.password.PasswordPolicy.Rule.TOO_SHORT;
import static fr.ent.sesame.password.PasswordPolicy.Rule.TOO_WEAK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The password rules with the shipped word lists and the real zxcvbn estimate (default settings). */
class PasswordPolicyTest {

    private static PasswordPolicy policy;
    private static Set<String> guessedFirst;

    private final PasswordPolicy.Person jeanne =
            new PasswordPolicy.Person("jdupont", "Jeanne", "Dupont", "Université de Strasbourg");

    @BeforeAll
    static void shippedLists() {
        guessedFirst = new HashSet<>();
        for (WordLists.List list : WordLists.List.values()) {
            guessedFirst.addAll(WordLists.read(list));
        }
        policy = new PasswordPolicy(12, 128, guessedFirst, List.of("unistra"), 3, new PasswordStrength());
    }

    @Test
    void theShippedLists_holdMoreThan100000Entries_FrenchOnesAmongThem() {
        assertTrue(guessedFirst.size() > 100_000, "entries: " + guessedFirst.size());
        assertTrue(guessedFirst.containsAll(List.of("motdepasse", "soleil", "bonjour", "azerty", "password")));
    }

    @Test
    void aLongUnrelatedPassphrase_isAccepted() {
        assertEquals(List.of(), policy.check("Tilleul-Ecorce-42", jeanne));
        assertEquals(List.of(), policy.check("Ça été l'été des 🌻 tournesols", jeanne), "any printable Unicode");
        assertEquals(List.of(), policy.check("Platane-Quai-Des-Bateliers-7", jeanne));
    }

    @Test
    void length_isCountedInCharactersAsSeen_afterNfkc() {
        assertTrue(policy.check("Court-1", jeanne).contains(TOO_SHORT));
        // 12 characters that are not letters of any list, 24 UTF-16 units.
        assertFalse(policy.check("🌻🐝🍯🌻🐝🍯🌳🍂🌰🌳🍂🌰", jeanne).contains(TOO_SHORT));
        assertTrue(policy.check("🌻".repeat(11), jeanne).contains(TOO_SHORT));
        assertTrue(policy.check("a-long-phrase ".repeat(10), jeanne).contains(TOO_LONG));
    }

    /** What an attacker got through before: each is a listed word dressed up, or a keyboard walk. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "qwerty123456",
                "1qaz2wsx3edc4rfv",
                "motdepasse2027",
                "azertyuiop1234",
                "password12345!",
                "MotDePasse2027!",
                "P@ssw0rd2024!!",
                "Soleil1234567",
                "B0nj0ur!!2026",
                "azertyazerty",
                "qsdfghjklm123",
                "motdepassemotdepasse",
                "2027Chocolat!!"
            })
    void commonPasswordsDressedUp_areRefusedAsCommon(String password) {
        assertTrue(policy.check(password, jeanne).contains(COMMON), password + ": " + policy.check(password, jeanne));
    }

    /** English-only zxcvbn scores these 3 or 4; knowing French words, it sees two common words. */
    @ParameterizedTest
    @ValueSource(strings = {"tournesolsoleil", "vacancesamer", "mamanjetaime"})
    void frenchWordsPutTogether_areTooWeak(String password) {
        assertTrue(
                new com.nulabinc.zxcvbn.Zxcvbn().measure(password).getScore() >= 3,
                "English-only zxcvbn lets it through");
        assertEquals(
                List.of(TOO_WEAK), policy.check(password, new PasswordPolicy.Person("x", "X", "Y", "Z")), password);
    }

    @Test
    void whatAGuesserKnows_isRefused_andNamed() {
        assertTrue(policy.check("mon-jdupont-secret", jeanne).containsAll(List.of(CONTAINS_IDENTIFIER, CONTAINS_NAME)));
        assertTrue(policy.check("Dupont-pour-toujours", jeanne).contains(CONTAINS_NAME));
        assertTrue(policy.check("jeanne la tranquille", jeanne).contains(CONTAINS_NAME));
        assertTrue(policy.check("J3anne-au-bord-de-l-Ill", jeanne).contains(CONTAINS_NAME), "leet too");
        assertTrue(policy.check("vive-strasbourg-67", jeanne).contains(CONTAINS_INSTITUTION));
        assertTrue(policy.check("universite-2026!", jeanne).contains(CONTAINS_INSTITUTION));
        assertTrue(policy.check("Fier-d-etre-a-Unistra", jeanne).contains(CONTAINS_INSTITUTION), "a context word");
    }

    @Test
    void controlCharacters_areRefused() {
        assertTrue(policy.check("Tilleul\nEcorce-42", jeanne).contains(NOT_PRINTABLE));
    }
}
