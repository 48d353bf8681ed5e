package fr.ent.sesame.directory;

import java.util.Locale;

public final class Identifiers {

    private Identifiers() {
    }

    /** Identifiers are case-insensitive and typed with stray spaces; they are stored in lower case. */
    public static String canonical(String identifierAsTyped) {
        return identifierAsTyped == null ? "" : identifierAsTyped.strip().toLowerCase(Locale.ROOT);
    }
}
