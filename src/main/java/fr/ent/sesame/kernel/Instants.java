package fr.ent.sesame.kernel;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Instants as people read them, in their language and the institution's time zone. */
public final class Instants {

    private Instants() {}

    /** For a page's table: « 4 déc. 2026, 10:15 ». Empty for none. */
    public static String medium(Instant instant, Locale locale, ZoneId zone) {
        return format(instant, FormatStyle.MEDIUM, locale, zone);
    }

    /** For a mail's sentence: « 4 décembre 2026 à 10:15 ». Empty for none. */
    public static String inWords(Instant instant, Locale locale, ZoneId zone) {
        return format(instant, FormatStyle.LONG, locale, zone);
    }

    private static String format(Instant instant, FormatStyle dateStyle, Locale locale, ZoneId zone) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(dateStyle, FormatStyle.SHORT)
                        .withLocale(locale)
                        .withZone(zone)
                        .format(instant);
    }
}
