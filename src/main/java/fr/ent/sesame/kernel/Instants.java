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

    /**
     * For a sentence (« modifié le 4 décembre 2026 à 10:15 », "changed on December 4, 2026 at 10:15 AM"). The
     * date and the time are formatted apart and joined by the language's word: the JDK's long date-time
     * has no « à » in French. Empty for none.
     */
    public static String inWords(Instant instant, Locale locale, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .withZone(zone)
                .format(instant);
        String time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone)
                .format(instant);
        return date + ("fr".equals(locale.getLanguage()) ? " à " : " at ") + time;
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
