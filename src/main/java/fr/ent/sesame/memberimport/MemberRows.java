package fr.ent.sesame.memberimport;

import fr.ent.sesame.directory.Account;
import fr.ent.sesame.directory.AccountKind;
import fr.ent.sesame.directory.AccountState;
import fr.ent.sesame.directory.DirectoryEntry;
import fr.ent.sesame.directory.MemberNumbers;
import fr.ent.sesame.kernel.EmailAddress;
import fr.ent.sesame.kernel.Identifier;
import fr.ent.sesame.kernel.Secrets;
import fr.ent.sesame.memberimport.MemberColumns.Column;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The rules a row of the members file must meet to become directory data; pure, so it is unit-tested. */
final class MemberRows {

    private static final Pattern NUMBER = Pattern.compile("[A-Z0-9-]*");
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter FRENCH =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final int LONGEST_NAME = 128;
    private static final int LONGEST_NUMBER = 32;
    private static final int INE_LENGTH = 11;
    private static final int LONGEST_KEY = 64;

    private MemberRows() {}

    static DirectoryEntry entryOf(CsvLines.Line line, MemberColumns columns) throws RejectedRow {
        long number = line.number();
        if (!line.readable()) {
            throw new RejectedRow(number, line.problem());
        }
        List<String> fields = line.fields();
        if (fields.size() > columns.width()) {
            throw new RejectedRow(number, fields.size() + " fields where the header has " + columns.width());
        }
        Identifier identifier = identifier(number, columns.valueOf(Column.IDENTIFIER, fields));
        String lastName = name(number, "last name", columns.valueOf(Column.LAST_NAME, fields));
        String firstName = name(number, "first name", columns.valueOf(Column.FIRST_NAME, fields));
        String key = columns.valueOf(Column.ACTIVATION_KEY, fields);
        limit(number, "activation key", key, LONGEST_KEY);
        String ine = code(number, "INE", columns.valueOf(Column.INE, fields), INE_LENGTH);
        return new DirectoryEntry(
                identifier,
                lastName,
                firstName,
                birthDate(number, columns.valueOf(Column.BIRTH_DATE, fields)),
                code(number, "student number", columns.valueOf(Column.STUDENT_NUMBER, fields), LONGEST_NUMBER),
                ine,
                code(number, "staff number", columns.valueOf(Column.STAFF_NUMBER, fields), LONGEST_NUMBER),
                kind(number, columns.valueOf(Column.KIND, fields)),
                state(number, columns.valueOf(Column.STATE, fields)),
                key.isEmpty() ? null : Account.activationKeyHashOf(key),
                enrolmentAddress(number, columns.valueOf(Column.ENROLMENT_ADDRESS, fields)));
    }

    /** The identifier, or the reason no account can have it. */
    private static Identifier identifier(long line, String value) throws RejectedRow {
        Optional<Identifier> identifier = Identifier.parse(value);
        if (identifier.isPresent()) {
            return identifier.get();
        }
        if (value.isBlank()) {
            throw new RejectedRow(line, "missing identifier");
        }
        limit(line, "identifier", value.strip(), Identifier.LONGEST);
        throw new RejectedRow(line, "identifier with characters other than a-z, 0-9, '.', '_' and '-'");
    }

    /** Held to the rules of a personal address: the activation code is mailed there. Null when blank. */
    private static EmailAddress enrolmentAddress(long line, String value) throws RejectedRow {
        if (value.isBlank()) {
            return null;
        }
        return EmailAddress.parse(value)
                .orElseThrow(
                        () -> new RejectedRow(line, "enrolment address that is not one plain address (local@domain)"));
    }

    private static String name(long line, String what, String value) throws RejectedRow {
        if (value.isEmpty()) {
            throw new RejectedRow(line, "missing " + what);
        }
        limit(line, what, value, LONGEST_NAME);
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new RejectedRow(line, what + " with a control character");
        }
        return Secrets.nfkc(value);
    }

    /** A number the university gave: upper case, letters, digits and dashes; null when blank. */
    private static String code(long line, String what, String value, int longest) throws RejectedRow {
        String code = MemberNumbers.canonical(value);
        limit(line, what, code, longest);
        if (!NUMBER.matcher(code).matches()) {
            throw new RejectedRow(line, what + " with characters other than letters, digits and '-'");
        }
        return code.isEmpty() ? null : code;
    }

    private static LocalDate birthDate(long line, String value) throws RejectedRow {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value, value.contains("/") ? FRENCH : ISO);
        } catch (DateTimeParseException e) {
            throw new RejectedRow(line, "impossible birth date '" + value + "' (expected yyyy-mm-dd or dd/mm/yyyy)");
        }
    }

    private static AccountKind kind(long line, String value) throws RejectedRow {
        return switch (Secrets.fold(value)) {
            case "", "regular", "normal", "permanent" -> AccountKind.REGULAR;
            case "temporary", "temporaire" -> AccountKind.TEMPORARY;
            default -> throw new RejectedRow(line, "unknown kind '" + value + "' (expected regular or temporary)");
        };
    }

    private static AccountState state(long line, String value) throws RejectedRow {
        return switch (Secrets.fold(value).replace('-', '_').replace(' ', '_')) {
            case "", "active", "actif", "not_activated", "non_active" -> AccountState.NOT_ACTIVATED;
            case "disabled", "desactive", "inactive", "inactif" -> AccountState.DISABLED;
            default -> throw new RejectedRow(line, "unknown state '" + value + "' (expected active or disabled)");
        };
    }

    private static void limit(long line, String what, String value, int longest) throws RejectedRow {
        if (value.codePointCount(0, value.length()) > longest) {
            throw new RejectedRow(line, what + " longer than " + longest + " characters");
        }
    }
}
