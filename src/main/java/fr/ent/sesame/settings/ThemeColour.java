package fr.ent.sesame.settings;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The institution's colour for the frame (header, buttons, links, focus rings), checked as WCAG 2.1
 * measures contrast: white text on it, and it as link text on the page's grey background (ent.css, {@link
 * #PAGE_BACKGROUND}, a little darker than white), need 4.5:1 (1.4.3), which also gives focus rings and
 * borders their 3:1 (1.4.11). A colour that fails stops the deployment rather than making every page
 * unreadable for someone.
 */
public record ThemeColour(String hex) {

    static final double TEXT_CONTRAST = 4.5;

    /** The page's background around the content (ent.css, body), where the footer's links are. */
    static final String PAGE_BACKGROUND = "#f5f7fa";

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    /** The colour {@code value} of setting {@code name}, or the reason it cannot be used. */
    static ThemeColour parse(String name, String value) {
        String hex = value == null ? null : value.strip();
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new InvalidSetting(name, value, "a colour written #rrggbb, such as #1f4e79");
        }
        ThemeColour colour = new ThemeColour(hex.toLowerCase(Locale.ROOT));
        double contrast = Math.min(colour.contrastWith("#ffffff"), colour.contrastWith(PAGE_BACKGROUND));
        if (contrast < TEXT_CONTRAST) {
            throw new InvalidSetting(
                    name,
                    value,
                    String.format(
                            Locale.ROOT,
                            "a colour dark enough for white text on it and for links on the page: %.2f:1,"
                                    + " %.1f:1 needed (WCAG 1.4.3)",
                            contrast,
                            TEXT_CONTRAST));
        }
        return colour;
    }

    /** WCAG's contrast ratio between this colour and a lighter one. */
    double contrastWith(String lighterHex) {
        return (new ThemeColour(lighterHex).luminance() + 0.05) / (luminance() + 0.05);
    }

    /** The same colour a quarter darker, for a button under the pointer. */
    public String darker() {
        StringBuilder darker = new StringBuilder("#");
        for (int i = 1; i < 7; i += 2) {
            darker.append(String.format("%02x", Math.round(Integer.parseInt(hex.substring(i, i + 2), 16) * 0.75)));
        }
        return darker.toString();
    }

    /** WCAG 2.1's relative luminance of an sRGB colour. */
    double luminance() {
        return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
    }

    private double channel(int at) {
        double c = Integer.parseInt(hex.substring(at, at + 2), 16) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
