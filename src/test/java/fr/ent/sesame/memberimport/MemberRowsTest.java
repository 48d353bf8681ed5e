package fr.ent.sesame.memberimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ent.sesame.directory.AccountKind;
import fr.ent.sesame.directory.AccountState;
import fr.ent.sesame.directory.DirectoryEntry;
import fr.ent.sesame.kernel.EmailAddress;
import fr.ent.sesame.kernel.Identifier;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The members file as the import job reads it: pure parsing and row rules, no server. */
class MemberRowsTest {

    private static final String HEADER =
            "identifier;last_name;first_name;birth_date;student_number;ine;staff_number;kind;state\n";

    @Test
    void aFrenchExportWithBomCommasQuotesAndFrenchHeaders_reads() throws Exception {
        byte[] file =
                ("\uFEFFIdentifiant,Nom,Prénom,Date de naissance,Numéro étudiant,INE,Numéro personnel,Type,État\r\n"
                                + "LDurand,\"Durand, dite \"\"Lou\"\"\",Louise,17/05/2006,22100001,0123456789b,,temporaire,actif\r\n")
                        .getBytes(StandardCharsets.UTF_8);

        List<DirectoryEntry> entries = entries(file);

        assertEquals(1, entries.size());
        DirectoryEntry louise = entries.get(0);
        assertEquals(new Identifier("ldurand"), louise.identifier());
        assertEquals("Durand, dite \"Lou\"", louise.lastName());
        assertEquals(LocalDate.of(2006, 5, 17), louise.birthDate());
        assertEquals("0123456789B", louise.ine());
        assertNull(louise.staffNumber());
        assertEquals(AccountKind.TEMPORARY, louise.kind());
        assertEquals(AccountState.NOT_ACTIVATED, louise.state());
    }

    @Test
    void badRows_areRejectedWithTheirLineNumberAndReason() throws Exception {
        byte[] good = "ok1;Martin;Paul;2001-02-28;1;;;regular;active\n".getBytes(StandardCharsets.UTF_8);
        byte[] brokenEncoding = "latin1;M\u00e9lanie;Ana;;;;;;\n".getBytes(StandardCharsets.ISO_8859_1);
        String rest = "\n"
                + ";Nobody;Here;;;;;;\n"
                + "bad2;Day;Impossible;2001-02-30;;;;;\n"
                + "bad3;" + "x".repeat(129) + ";Long;;;;;;\n"
                + "bad4;Odd;Kind;;;;;visitor;\n"
                + "bad5;Too;Many;;;;;;;extra\n"
                + "ok2;Durand;Lou;;;;E77;;disabled\n";
        byte[] file = concat(
                HEADER.getBytes(StandardCharsets.UTF_8), good, brokenEncoding, rest.getBytes(StandardCharsets.UTF_8));

        List<String> rejections = new ArrayList<>();
        List<DirectoryEntry> entries = entries(file, rejections);

        assertEquals(List.of("ok1", "ok2"), identifiersOf(entries));
        assertEquals(AccountState.DISABLED, entries.get(1).state());
        assertEquals(
                List.of(
                        "line 3: broken encoding (not UTF-8)",
                        "line 5: missing identifier",
                        "line 6: impossible birth date '2001-02-30' (expected yyyy-mm-dd or dd/mm/yyyy)",
                        "line 7: last name longer than 128 characters",
                        "line 8: unknown kind 'visitor' (expected regular or temporary)",
                        "line 9: 10 fields where the header has 9"),
                rejections);
    }

    @Test
    void theEnrolmentAddress_isReadInCanonicalForm_andAnAddressThatCouldRouteElsewhere_rejectsTheRow()
            throws Exception {
        byte[] file = ("identifier;last_name;first_name;Adresse d'inscription;clé d'activation\n"
                        + "ok1;Martin;Paul; Paul.Martin@Example.ORG ;AB12-CD34\n"
                        + "ok2;Durand;Lou;;\n"
                        + "bad1;Odd;Relay;u%evil.example@example.org;\n"
                        + "bad2;Two;Addresses;a@example.org, b@example.org;\n")
                .getBytes(StandardCharsets.UTF_8);

        List<String> rejections = new ArrayList<>();
        List<DirectoryEntry> entries = entries(file, rejections);

        assertEquals(List.of("ok1", "ok2"), identifiersOf(entries));
        assertEquals(new EmailAddress("paul.martin@example.org"), entries.get(0).enrolmentAddress());
        assertNull(entries.get(1).enrolmentAddress(), "blank: none");
        assertEquals(
                List.of(
                        "line 4: enrolment address that is not one plain address (local@domain)",
                        "line 5: enrolment address that is not one plain address (local@domain)"),
                rejections);
    }

    @Test
    void filesThatAreNoMembersCsv_failBeforeAnyRow() {
        assertThrows(NotACsvFile.class, () -> entries(new byte[0]));
        assertThrows(NotACsvFile.class, () -> entries(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0, 0}));
        assertThrows(
                NotACsvFile.class, () -> entries("PK\u0003\u0004\u0014\u0000".getBytes(StandardCharsets.ISO_8859_1)));
        NotACsvFile noColumns =
                assertThrows(NotACsvFile.class, () -> entries("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(noColumns.getMessage().contains("identifier, last_name and first_name"), noColumns.getMessage());
    }

    @Test
    void anIdentifierNoAccountCouldHave_rejectsTheRow_withWhy() throws Exception {
        byte[] file = ("identifier;last_name;first_name\n"
                        + " P.Martin ;Martin;Paul\n"
                        + "jean dupont;Dupont;Jean\n"
                        + "jérôme;Petit;Jérôme\n"
                        + "a".repeat(65) + ";Long;Name\n"
                        + "a".repeat(64) + ";Long;Enough\n")
                .getBytes(StandardCharsets.UTF_8);

        List<String> rejections = new ArrayList<>();
        List<DirectoryEntry> entries = entries(file, rejections);

        assertEquals(
                List.of(new Identifier("p.martin"), new Identifier("a".repeat(64))),
                entries.stream().map(DirectoryEntry::identifier).toList());
        assertEquals(
                List.of(
                        "line 3: identifier with characters other than a-z, 0-9, '.', '_' and '-'",
                        "line 4: identifier with characters other than a-z, 0-9, '.', '_' and '-'",
                        "line 5: identifier longer than 64 characters"),
                rejections);
    }

    @Test
    void aQuotedFieldOverSeveralLines_asSpreadsheetsExportIt_isOneRow_andLaterRowsKeepTheirLineNumbers()
            throws Exception {
        byte[] file = ("identifier;last_name;first_name;remarque\r\n"
                        + "ok1;Martin;Paul;\"Inscrit en L1\r\nRedoublant; voir dossier\"\r\n"
                        + "\r\n"
                        + "bad1;;Anne;\r\n"
                        + "ok2;\"Durand \"\"Lou\"\"\";Louise;\"a\nb\nc\"\r\n"
                        + "bad2;Petit;;\r\n")
                .getBytes(StandardCharsets.UTF_8);

        List<String> rejections = new ArrayList<>();
        List<DirectoryEntry> entries = entries(file, rejections);

        assertEquals(List.of("ok1", "ok2"), identifiersOf(entries));
        assertEquals("Durand \"Lou\"", entries.get(1).lastName());
        assertEquals(List.of("line 5: missing last name", "line 9: missing first name"), rejections);
    }

    @Test
    void aQuoteThatNeverCloses_endsTheFileThere_withTheLineItOpensOn() throws Exception {
        byte[] file = ("identifier;last_name;first_name\n"
                        + "ok1;Martin;Paul\n"
                        + "bad;\"Durand;Lou\n"
                        + "ok2;Never;Read\n")
                .getBytes(StandardCharsets.UTF_8);

        List<String> rejections = new ArrayList<>();
        List<DirectoryEntry> entries = entries(file, rejections);

        assertEquals(List.of("ok1"), identifiersOf(entries));
        assertEquals(List.of("line 3: unbalanced quotes (the rest of the file was not read)"), rejections);
    }

    @Test
    void anEndlessRow_isRefused_ratherThanHeldInMemory() throws Exception {
        byte[] file = ("identifier;last_name;first_name\n" + "ok1;Martin;Paul\n" + "bad;\"" + "x".repeat(500_000))
                .getBytes(StandardCharsets.UTF_8);

        List<String> rejections = new ArrayList<>();
        List<DirectoryEntry> entries = entries(file, rejections);

        assertEquals(List.of("ok1"), identifiersOf(entries));
        assertEquals(
                List.of("line 3: row longer than 65536 characters (the rest of the file was not read)"), rejections);
    }

    private static List<String> identifiersOf(List<DirectoryEntry> entries) {
        return entries.stream().map(entry -> entry.identifier().value()).toList();
    }

    private static List<DirectoryEntry> entries(byte[] file) throws IOException {
        return entries(file, new ArrayList<>());
    }

    private static List<DirectoryEntry> entries(byte[] file, List<String> rejections) throws IOException {
        List<DirectoryEntry> entries = new ArrayList<>();
        try (CsvLines lines = new CsvLines(new ByteArrayInputStream(file))) {
            MemberColumns columns = MemberColumns.of(lines.header());
            for (CsvLines.Line line = lines.next(); line != null; line = lines.next()) {
                try {
                    entries.add(MemberRows.entryOf(line, columns));
                } catch (RejectedRow rejected) {
                    rejections.add(rejected.getMessage());
                }
            }
        }
        return entries;
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
