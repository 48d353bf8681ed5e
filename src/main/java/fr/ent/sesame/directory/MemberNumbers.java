package fr.ent.sesame.directory;

import java.util.Locale;

/** Student and staff numbers and INEs, as the university gives them and as people type them. */
public final class MemberNumbers {

    private MemberNumbers() {}

    /**
     * Numbers are stored in upper case; typed or imported, they are compared in this form (surrounding
     * spaces dropped). Blank gives the empty string.
     */
    public static String canonical(String numberAsTyped) {
        return numberAsTyped == null ? "" : numberAsTyped.strip().toUpperCase(Locale.ROOT);
    }
}
