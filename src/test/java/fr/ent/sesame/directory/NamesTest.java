package fr.ent.sesame.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Names as a search compares them, in Java and (through TRANSLATE) in SQL: both must fold alike. */
class NamesTest {

    @Test
    void caseAccentsHyphensAndApostrophes_doNotMatter() {
        assertEquals("emile", Names.folded(" Émile "));
        assertEquals("jean marie", Names.folded("Jean-Marie"));
        assertEquals("jean marie", Names.folded("JEAN  MARIE"));
        assertEquals("d artagnan", Names.folded("D’Artagnan"));
        assertEquals("lefevre", Names.folded("Lefèvre"));
        assertEquals("", Names.folded(null));
    }

    @Test
    void theSqlTranslation_foldsEveryLetterItListsAsJavaDoes() {
        assertEquals(Names.ACCENTED.length(), Names.PLAIN.length(), "TRANSLATE maps letter for letter");
        for (int i = 0; i < Names.ACCENTED.length(); i++) {
            String letter = String.valueOf(Names.ACCENTED.charAt(i));
            String inJava = Names.folded("a" + letter + "b");
            String inSql = ("a" + Names.PLAIN.charAt(i) + "b")
                    .toLowerCase(java.util.Locale.ROOT)
                    .replaceAll(" +", " ");
            assertEquals(inJava, inSql, letter);
        }
    }
}
