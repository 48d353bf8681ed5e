package fr.ent.sesame.settings;

import java.util.Locale;

/** Where people and their passwords live ({@code sesame.directory}), chosen at deployment. */
public enum DirectoryMode {

    /** Sésame's own tables: the embedded default of the run command and the tests. */
    DATABASE,

    /** The university's LDAP directory (SupAnn, ppolicy): passwords only there, the rest in the database. */
    LDAP;

    static DirectoryMode of(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "database" -> DATABASE;
            case "ldap" -> LDAP;
            default -> throw new InvalidSetting("sesame.directory", value, "database or ldap");
        };
    }
}
