package fr.ent.sesame.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ThemeColourTest {

    @Test
    void theDefaultNavy_passesWithRoomToSpare() {
        ThemeColour navy = ThemeColour.parse("sesame.theme.colour", "#1F4E79");
        assertEquals("#1f4e79", navy.hex());
        assertEquals(8.66, navy.contrastWith("#ffffff"), 0.01, "as WebAIM's contrast checker gives it");
        assertEquals("#173b5b", navy.darker());
    }

    @Test
    void primeFacesBlue_isRefused_naming_theRatioFound() {
        // White on #2196f3 was the buttons' 3.12:1 the accessibility audit found.
        InvalidSetting refused =
                assertThrows(InvalidSetting.class, () -> ThemeColour.parse("sesame.theme.colour", "#2196f3"));
        assertTrue(refused.getMessage().startsWith("sesame.theme.colour is '#2196f3'"), refused.getMessage());
        assertTrue(refused.getMessage().contains("2.9"), refused.getMessage());
    }

    @Test
    void aColourPassingOnWhite_butNotOnThePageGrey_isRefused() {
        // #6f6f6f: 5.03:1 on white, 4.68 on #f5f7fa; #767676, 4.54 on white, falls to 4.23 on the grey.
        ThemeColour.parse("sesame.theme.colour", "#6f6f6f");
        assertThrows(InvalidSetting.class, () -> ThemeColour.parse("sesame.theme.colour", "#767676"));
    }

    @Test
    void somethingElseThanHex_isRefused() {
        for (String wrong : new String[] {"navy", "#12345", "#1f4e79ff", "rgb(0,0,0)", "", "#1f4e7g"}) {
            assertThrows(InvalidSetting.class, () -> ThemeColour.parse("sesame.theme.colour", wrong), wrong);
        }
        assertThrows(InvalidSetting.class, () -> ThemeColour.parse("sesame.theme.colour", null));
    }
}
