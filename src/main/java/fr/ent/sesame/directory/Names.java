package fr.ent.sesame.directory;

import java.text.Normalizer;
import java.util.Locale;

/**
 * People's names as compared by a search: without case or accents, and with "Jean-Marie", "Jean Marie" and
 * "Jean'Marie" alike, since people (and agents on the phone) type "Emile" for "Émile".
 */
public final class Names {

    /** Letters with accents in the Latin names a French university meets, small then capital. */
    static final String ACCENTED = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿ" + "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝŸ" + "-'’";
    /** What each of {@link #ACCENTED} becomes, letter for letter (SQL's TRANSLATE). */
    static final String PLAIN = "aaaaaaceeeeiiiinooooouuuuyy" + "aaaaaaceeeeiiiinooooouuuuyy" + "   ";

    private Names() {}

    /** Lower case, without accents, hyphens and apostrophes as spaces, spaces single, trimmed. */
    public static String folded(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return plain.replaceAll("[\\s'’-]+", " ").strip();
    }
}
