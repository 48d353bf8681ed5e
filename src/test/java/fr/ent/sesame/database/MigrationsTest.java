package fr.ent.sesame.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ent.sesame.password.Argon2idHasher;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The real migrations on a real (in-memory H2) database. */
class MigrationsTest {

    @Test
    void productionDeployment_hasTheSchema_andNoDemoAccount() throws SQLException {
        JdbcDataSource database = freshDatabase();

        Migrations.apply(database, false, getClass().getClassLoader());

        assertEquals(List.of(), identifiers(database));
        for (String table : List.of(
                "ACCOUNT",
                "PASSWORD_HISTORY",
                "PERSONAL_ADDRESS",
                "ONE_TIME_TOKEN",
                "THROTTLE_COUNTER",
                "MAIL_OUTBOX",
                "AUDIT_EVENT")) {
            assertEquals(0, count(database, "select count(*) from " + table), table);
        }
    }

    @Test
    void demoRun_hasTheFourDemoAccounts_withWorkingPasswords() throws SQLException {
        JdbcDataSource database = freshDatabase();

        Migrations.apply(database, true, getClass().getClassLoader());

        assertEquals(List.of("clambert", "ebernard", "jdupont", "pmartin"), identifiers(database));
        String hash = text(database, "select password_hash from account where identifier = 'jdupont'");
        assertTrue(new Argon2idHasher(19456, 2, 1).verify("Tilleul-Ecorce-42", hash));
        assertEquals(
                "VALIDATED",
                text(
                        database,
                        "select p.state from personal_address p join account a on a.id = p.account_id where a.identifier = 'jdupont'"));
        assertEquals(
                "PENDING",
                text(
                        database,
                        "select p.state from personal_address p join account a on a.id = p.account_id where a.identifier = 'pmartin'"));
        assertEquals("TEMPORARY", text(database, "select kind from account where identifier = 'clambert'"));
        assertEquals("NOT_ACTIVATED", text(database, "select state from account where identifier = 'ebernard'"));
    }

    @Test
    void migratingTwice_changesNothing_andTurningTheDemoOff_doesNotBlockStartUp() throws SQLException {
        JdbcDataSource database = freshDatabase();
        Migrations.apply(database, true, getClass().getClassLoader());

        assertEquals(0, Migrations.apply(database, true, getClass().getClassLoader()).migrationsExecuted);
        assertEquals(0, Migrations.apply(database, false, getClass().getClassLoader()).migrationsExecuted);
        assertEquals(4, identifiers(database).size());
    }

    @Test
    void whereTheSiteRunsMigrations_whatIsPendingIsNamed_andNothingOnceDone() throws SQLException {
        JdbcDataSource database = freshDatabase();

        assertEquals(
                List.of(
                        "1 schema",
                        "2 activation key",
                        "3 audit actor",
                        "4 enrolment address",
                        "5 directory id",
                        "6 audit reason"),
                Migrations.pending(database, getClass().getClassLoader()));

        Migrations.apply(database, true, getClass().getClassLoader());
        assertEquals(
                List.of(),
                Migrations.pending(database, getClass().getClassLoader()),
                "the demo script does not count as pending");
    }

    private static JdbcDataSource freshDatabase() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        database.setUser("sa");
        return database;
    }

    private static List<String> identifiers(JdbcDataSource database) throws SQLException {
        List<String> identifiers = new ArrayList<>();
        try (Connection c = database.getConnection();
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select identifier from account order by identifier")) {
            while (rows.next()) {
                identifiers.add(rows.getString(1));
            }
        }
        return identifiers;
    }

    private static int count(JdbcDataSource database, String sql) throws SQLException {
        return Integer.parseInt(text(database, sql));
    }

    private static String text(JdbcDataSource database, String sql) throws SQLException {
        try (Connection c = database.getConnection();
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
