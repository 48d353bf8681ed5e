package fr.ent.sesame.directory;

import java.util.Locale;

public final class Identifiers {

    private Identifiers() {}

    /** Identifiers are case-insensitive and typed with stray spaces; they are stored in lower case. */
    public static String canonical(String identifierAsTyped) {
        return identifierAsTyped == null ? "" : identifierAsTyped.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Student and staff numbers and INEs are stored in upper case; typed or imported, they are compared in
     * this form.
     */
    public static String canonicalNumber(String numberAsTyped) {
        return numberAsTyped == null ? "" : numberAsTyped.strip().toUpperCase(Locale.ROOT);
    }
}
