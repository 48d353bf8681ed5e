package fr.ent.sesame.password;

import static fr.ent.sesame.password.PasswordPolicy.Rule.COMMON;
import static fr.ent.sesame.password.PasswordPolicy.Rule.CONTAINS_IDENTIFIER;
import static fr.ent.sesame.password.PasswordPolicy.Rule.CONTAINS_INSTITUTION;
import static fr.ent.sesame.password.PasswordPolicy.Rule.CONTAINS_NAME;
import static fr.ent.sesame.password.PasswordPolicy.Rule.NOT_PRINTABLE;
import static fr.ent.sesame.password.PasswordPolicy.Rule.TOO_LONG;
import static fr.ent.sesame.password.PasswordPolicy.Rule.TOO_SHORT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(12, 128, Set.of("motdepasse123", "azertyuiop12"));
    private final PasswordPolicy.Person jeanne =
            new PasswordPolicy.Person("jdupont", "Jeanne", "Dupont", "Université de Strasbourg");

    @Test
    void aLongUnrelatedPassphrase_isAccepted() {
        assertEquals(List.of(), policy.check("Tilleul-Ecorce-42", jeanne));
        assertEquals(List.of(), policy.check("Ça été l'été des 🌻 tournesols", jeanne), "any printable Unicode");
    }

    @Test
    void length_isCountedInCharactersAsSeen_afterNfkc() {
        assertEquals(List.of(TOO_SHORT), policy.check("Court-1", jeanne));
        // 12 emoji are 24 UTF-16 units but 12 characters.
        assertEquals(List.of(), policy.check("🌻".repeat(12), jeanne));
        assertEquals(List.of(TOO_SHORT), policy.check("🌻".repeat(11), jeanne));
        assertEquals(List.of(TOO_LONG), policy.check("a-long-phrase ".repeat(10), jeanne));
    }

    @Test
    void commonPasswords_areRefused_whateverTheCaseOrAccents() {
        assertEquals(List.of(COMMON), policy.check("MotDePasse123", jeanne));
        assertEquals(List.of(COMMON), policy.check("AZERTYUIOP12", jeanne));
    }

    @Test
    void whatAGuesserKnows_isRefused_andNamed() {
        assertEquals(List.of(CONTAINS_IDENTIFIER, CONTAINS_NAME), policy.check("mon-jdupont-secret", jeanne));
        assertEquals(List.of(CONTAINS_NAME), policy.check("Dupont-pour-toujours", jeanne));
        assertEquals(List.of(CONTAINS_NAME), policy.check("jeanne la tranquille", jeanne));
        assertEquals(List.of(CONTAINS_INSTITUTION), policy.check("vive-strasbourg-67", jeanne));
        assertEquals(List.of(CONTAINS_INSTITUTION), policy.check("universite-2026!", jeanne));
    }

    @Test
    void controlCharacters_areRefused() {
        assertEquals(List.of(NOT_PRINTABLE), policy.check("Tilleul\nEcorce-42", jeanne));
    }
}
