package fr.ent.sesame.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class InstantsTest {

    private static final Instant AT = Instant.parse("2026-12-04T09:15:00Z");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void inWords_readsAsASentence_inEachLanguage() {
        assertEquals("4 décembre 2026 à 10:15", Instants.inWords(AT, Locale.FRENCH, PARIS));
        // The JDK puts a narrow no-break space before AM: only what precedes it is compared.
        assertTrue(Instants.inWords(AT, Locale.ENGLISH, PARIS).startsWith("December 4, 2026 at 10:15"));
        assertEquals("", Instants.inWords(null, Locale.FRENCH, PARIS));
    }
}
