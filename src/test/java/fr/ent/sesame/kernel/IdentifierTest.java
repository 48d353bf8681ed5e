package fr.ent.sesame.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierTest {

    @ParameterizedTest
    @ValueSource(strings = {"jdupont", "p.martin", "etu_12-b", "9lives", "a"})
    void identifiersAsTheImportAndTheDirectoryGiveThem_areAccepted(String identifier) {
        assertEquals(Optional.of(new Identifier(identifier)), Identifier.parse(identifier));
        assertEquals(identifier, new Identifier(identifier).toString());
    }

    @Test
    void surroundingSpaces_andCase_areNotPartOfTheIdentifier() {
        assertEquals(Optional.of(new Identifier("jdupont")), Identifier.parse("  JDupont\t"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                ".jdupont",
                "-x",
                "jean dupont",
                "jdupont@unistra.fr",
                "jdupont*",
                "(uid=*)",
                "jdupont\r\nadmin",
                "jérôme",
                "ｊｄｕｐｏｎｔ" // full-width letters look alike but are not the identifier
            })
    void anythingNoAccountCouldHave_isRefused(String typed) {
        assertEquals(Optional.empty(), Identifier.parse(typed));
    }

    @Test
    void atMost64Characters_theColumnsLength() {
        assertEquals(64, Identifier.parse("a".repeat(64)).orElseThrow().value().length());
        assertEquals(Optional.empty(), Identifier.parse("a".repeat(65)));
        assertEquals(Optional.empty(), Identifier.parse(null));
    }

    @Test
    void aValue_isAlwaysCanonical() {
        for (String notCanonical : new String[] {"JDupont", " jdupont", "", "a".repeat(65), "x y"}) {
            assertThrows(IllegalArgumentException.class, () -> new Identifier(notCanonical), notCanonical);
        }
        assertThrows(IllegalArgumentException.class, () -> new Identifier(null));
    }
}
