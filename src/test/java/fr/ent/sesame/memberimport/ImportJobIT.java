package fr.ent.sesame.memberimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ent.sesame.testing.BatchJobs;
import fr.ent.sesame.testing.Metrics;
import fr.ent.sesame.testing.SesameDeployment;
import fr.ent.sesame.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The Jakarta Batch job that imports new members, started as an admin starts it, on the provisioned WildFly. */
@ExtendWith(ArquillianExtension.class)
class ImportJobIT {

    private static final String IMPORTED =
            "('lgarnier', 'tnguyen', 'mhoffmann', 'jschmitt', 'invite.colloque', 'akeller', 'bfischer')";

    @ArquillianResource
    ManagementClient management;

    @TempDir
    Path files;

    @Deployment(testable = false)
    static WebArchive sesame() {
        return SesameDeployment.war();
    }

    @AfterEach
    void removeImportedMembers() {
        TestDatabase.update("delete from account where id >= 100 and identifier in " + IMPORTED);
        TestDatabase.update("update account set last_name = 'Dupont', ine = null where identifier = 'jdupont'");
    }

    @Test
    void theReadmeSample_importsFromTheCli_andASecondRunChangesNothing() throws Exception {
        Path sample = Path.of("docs/import/new-members-sample.csv").toAbsolutePath();

        BatchJobs.Outcome first = BatchJobs.awaitEnd(management, BatchJobs.startWithCli(sample));

        assertEquals("COMPLETED", first.batchStatus());
        assertEquals("5 rows: 5 created, 0 updated, 0 unchanged, 0 rejected", first.exitStatus());
        assertEquals("NOT_ACTIVATED", TestDatabase.text("select state from account where identifier = 'lgarnier'"));
        assertEquals("DISABLED", TestDatabase.text("select state from account where identifier = 'jschmitt'"));
        assertEquals(
                "Jean-Baptiste \"JB\"",
                TestDatabase.text("select first_name from account where identifier = 'jschmitt'"));
        assertEquals("TEMPORARY", TestDatabase.text("select kind from account where identifier = 'invite.colloque'"));
        assertEquals(
                "thomas.nguyen@example.net",
                TestDatabase.text("select enrolment_address from account where identifier = 'tnguyen'"),
                "where the activation code will be mailed, in canonical form");
        String versions = TestDatabase.text("select sum(version) from account where identifier in " + IMPORTED);
        String importedAt = TestDatabase.text("select max(imported_at) from account where identifier in " + IMPORTED);

        BatchJobs.Outcome second = BatchJobs.awaitEnd(management, BatchJobs.start(management, sample));

        assertEquals("COMPLETED", second.batchStatus());
        assertEquals("5 rows: 0 created, 0 updated, 5 unchanged, 0 rejected", second.exitStatus());
        assertEquals(versions, TestDatabase.text("select sum(version) from account where identifier in " + IMPORTED));
        assertEquals(
                importedAt, TestDatabase.text("select max(imported_at) from account where identifier in " + IMPORTED));
    }

    @Test
    void badRowsAreReportedWithTheirLines_whileGoodRowsLand() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(("\uFEFFidentifier,last_name,first_name,birth_date,student_number,ine,staff_number,kind,state\n"
                        + "akeller,Keller,Anna,2005-09-09,22300001,,,regular,active\n"
                        + ",Sans,Identifiant,,,,,,\n"
                        + "bad.date,Date,Impossible,2005-02-29,,,,,\n")
                .getBytes(StandardCharsets.UTF_8));
        file.writeBytes("bad.encoding,M\u00fcller,Jan,,,,,,\n".getBytes(StandardCharsets.ISO_8859_1));
        file.writeBytes(("akeller,Keller,Anna-Twice,2005-09-09,,,,,\n"
                        + "bad.long," + "x".repeat(200) + ",Long,,,,,,\n"
                        + "bfischer,Fischer,Ben,1999-12-31,,,E500,regular,active\n")
                .getBytes(StandardCharsets.UTF_8));
        Path csv = Files.write(files.resolve("members.csv"), file.toByteArray());
        Metrics before = Metrics.scrape();

        BatchJobs.Outcome outcome = BatchJobs.awaitEnd(management, BatchJobs.start(management, csv));

        assertEquals("COMPLETED", outcome.batchStatus());
        assertEquals(
                "7 rows: 2 created, 0 updated, 0 unchanged, 5 rejected — line 3: missing identifier; "
                        + "line 4: impossible birth date '2005-02-29' (expected yyyy-mm-dd or dd/mm/yyyy); "
                        + "line 5: broken encoding (not UTF-8); "
                        + "line 6: identifier already on line 2 (the first one was imported); "
                        + "line 7: last name longer than 128 characters",
                outcome.exitStatus());
        assertEquals("Anna", TestDatabase.text("select first_name from account where identifier = 'akeller'"));
        assertEquals("E500", TestDatabase.text("select staff_number from account where identifier = 'bfischer'"));
        assertEquals("0", TestDatabase.text("select count(*) from account where identifier like 'bad.%'"));
        Metrics after = Metrics.scrape();
        assertEquals(2.0, rows(after, "created") - rows(before, "created"));
        assertEquals(5.0, rows(after, "rejected") - rows(before, "rejected"));
        assertEquals(rows(before, "updated"), rows(after, "updated"));
    }

    private static double rows(Metrics metrics, String outcome) {
        return metrics.value("sesame_import_rows_total{WF_DEPLOYMENT=\"sesame.war\",outcome=\"" + outcome + "\"}");
    }

    @Test
    void aChangedRow_updatesOnlyDirectoryData_neverSecretsOrAddresses() throws Exception {
        String hash = TestDatabase.text("select password_hash from account where identifier = 'jdupont'");
        String answer = TestDatabase.text("select answer_hash from account where identifier = 'jdupont'");
        Path csv = Files.writeString(
                files.resolve("jdupont.csv"),
                "identifier;last_name;first_name;birth_date;student_number;ine;staff_number;kind;state\n"
                        + "jdupont;Dupont-Weber;Jeanne;2004-02-29;21805678;1234567890A;;regular;active\n");

        BatchJobs.Outcome outcome = BatchJobs.awaitEnd(management, BatchJobs.start(management, csv));

        assertEquals("1 rows: 0 created, 1 updated, 0 unchanged, 0 rejected", outcome.exitStatus());
        assertEquals("Dupont-Weber", TestDatabase.text("select last_name from account where identifier = 'jdupont'"));
        assertEquals("1234567890A", TestDatabase.text("select ine from account where identifier = 'jdupont'"));
        assertEquals("ACTIVE", TestDatabase.text("select state from account where identifier = 'jdupont'"));
        assertEquals(hash, TestDatabase.text("select password_hash from account where identifier = 'jdupont'"));
        assertEquals(answer, TestDatabase.text("select answer_hash from account where identifier = 'jdupont'"));
        assertEquals("VALIDATED", TestDatabase.text("select state from personal_address where id = 1"));
    }

    @Test
    void aFileThatIsNotACsv_failsWithAClearMessage_andChangesNothing() throws Exception {
        String accounts = TestDatabase.text("select count(*) from account");
        Path pdf = Files.write(
                files.resolve("members.pdf"),
                "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));

        BatchJobs.Outcome outcome = BatchJobs.awaitEnd(management, BatchJobs.start(management, pdf));

        assertEquals("FAILED", outcome.batchStatus());
        assertTrue(
                outcome.exitStatus()
                        .startsWith("FAILED: Not a members CSV file: the header line must name the columns"),
                outcome.exitStatus());
        assertEquals(accounts, TestDatabase.text("select count(*) from account"));

        BatchJobs.Outcome missing =
                BatchJobs.awaitEnd(management, BatchJobs.start(management, files.resolve("nothing.csv")));
        assertEquals("FAILED", missing.batchStatus());
        assertTrue(missing.exitStatus().contains("no readable file at"), missing.exitStatus());
        assertNull(TestDatabase.text("select identifier from account where identifier = 'nothing'"));
    }
}
