package fr.ent.sesame.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void answerForm_isNfkcThenTrimmed_soEveryKeyboardGivesTheSameAnswer() {
        String recorded = Secrets.answerForm("Rue du Vieux-Marché-aux-Vins");

        assertEquals(
                recorded,
                Secrets.answerForm("  Rue du Vieux-Marché-aux-Vins\u00a0"),
                "no-break space trimmed after NFKC");
        assertEquals(recorded, Secrets.answerForm("Rue du Vieux-Marche\u0301-aux-Vins"), "é typed as e + accent");
        assertNotEquals(
                recorded, Secrets.answerForm("Rue du Vieux Marché aux Vins"), "hyphens matter, as the seed says");
        assertNotEquals(recorded, Secrets.answerForm("rue du vieux-marché-aux-vins"), "capitals matter");
    }
}
