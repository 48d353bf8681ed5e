package fr.ent.sesame.memberimport;

import fr.ent.sesame.kernel.Secrets;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where each column is in the file, found by the header's names in any order. Names are compared without
 * case, accents, spaces, dashes or underscores, in English or French ("Birth date", "birth_date",
 * "Date de naissance" are one column).
 */
final class MemberColumns implements Serializable {

    private static final long serialVersionUID = 1L;

    enum Column {
        IDENTIFIER(true, "identifier", "identifiant", "uid", "login"),
        LAST_NAME(true, "lastname", "nom", "nomdefamille", "sn"),
        FIRST_NAME(true, "firstname", "prenom", "givenname"),
        BIRTH_DATE(false, "birthdate", "datedenaissance", "datenaissance"),
        STUDENT_NUMBER(false, "studentnumber", "numeroetudiant", "numetudiant", "supannetuid"),
        INE(false, "ine", "supanncodeine"),
        STAFF_NUMBER(false, "staffnumber", "numeropersonnel", "numpersonnel", "supannempid"),
        KIND(false, "kind", "type", "typedecompte"),
        STATE(false, "state", "etat", "statut"),
        ACTIVATION_KEY(false, "activationkey", "cleactivation", "cledactivation"),
        ENROLMENT_ADDRESS(
                false,
                "enrolmentaddress",
                "enrollmentaddress",
                "adresseinscription",
                "adressedinscription",
                "mailinscription",
                "courrielinscription");

        private final boolean required;
        private final List<String> names;

        Column(boolean required, String... names) {
            this.required = required;
            this.names = List.of(names);
        }
    }

    private final Map<Column, Integer> positions;
    private final int width;

    private MemberColumns(Map<Column, Integer> positions, int width) {
        this.positions = positions;
        this.width = width;
    }

    /** The columns named by this header; {@link NotACsvFile} when a required one is missing or named twice. */
    static MemberColumns of(List<String> header) {
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        for (int i = 0; i < header.size(); i++) {
            String name = Secrets.fold(header.get(i)).replaceAll("[\\s_'’.-]+", "");
            for (Column column : Column.values()) {
                if (column.names.contains(name) && positions.put(column, i) != null) {
                    throw new NotACsvFile("the column " + header.get(i) + " appears twice in the header");
                }
            }
        }
        List<Column> missing = java.util.Arrays.stream(Column.values())
                .filter(c -> c.required && !positions.containsKey(c))
                .toList();
        if (!missing.isEmpty()) {
            throw new NotACsvFile("the header line must name the columns identifier, last_name and first_name"
                    + " (missing: "
                    + missing.stream()
                            .map(c -> c.name().toLowerCase(java.util.Locale.ROOT))
                            .collect(Collectors.joining(", "))
                    + ")");
        }
        return new MemberColumns(positions, header.size());
    }

    /** The field of this column in a row, blank when the column is absent or the row is short. */
    String valueOf(Column column, List<String> fields) {
        Integer position = positions.get(column);
        return position == null || position >= fields.size() ? "" : fields.get(position);
    }

    int width() {
        return width;
    }
}
