package fr.ent.sesame.load;

import fr.ent.sesame.kernel.Secrets;
import fr.ent.sesame.password.Argon2idHasher;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Creates the load test's accounts in bulk, straight into a Sésame database: {@code load0000001} … with
 * one password, the question "childhood-street" with one answer, and a validated personal address
 * {@code load0000001@example.org}. Each account is added only if missing, so running it again with a larger
 * count adds the rest. One INSERT … SELECT per table over a generated range, run by the database itself
 * (1,000,000 accounts in about a minute on PostgreSQL).
 * <p>
 * {@code ./mvnw -Pload test-compile exec:java@load-accounts -Dload.accounts=1000
 * -Dload.jdbcUrl=… -Dload.jdbcUser=… -Dload.jdbcPassword=…}
 */
public final class LoadAccounts {

    static final int DEFAULT_COUNT = 1000;
    static final String PASSWORD = "Rentree-Charge-2026";
    static final String QUESTION = "childhood-street";
    static final String ANSWER = "Rue des Charges";
    /** Far above the ids the sequences hand out, so generated accounts never collide with real ones. */
    private static final long FIRST_ID = 1_000_000_000L;

    private LoadAccounts() {}

    static String identifier(long n) {
        return "load" + String.format("%07d", n);
    }

    static String address(long n) {
        return identifier(n) + "@example.org";
    }

    public static void main(String[] args) throws SQLException {
        String url = System.getProperty("load.jdbcUrl", "jdbc:h2:file:./.run-data/sesame;AUTO_SERVER=TRUE");
        int count = Integer.getInteger("load.accounts", DEFAULT_COUNT);
        // The parameters of the settings' defaults: the hashes are checked exactly as real ones.
        Argon2idHasher hasher = new Argon2idHasher(19456, 2, 1);
        String passwordHash = hasher.hash(Secrets.nfkc(PASSWORD));
        String answerHash = hasher.hash(Secrets.answerForm(ANSWER));
        boolean postgresql = url.startsWith("jdbc:postgresql:");
        String range = postgresql ? "generate_series(1, ?) as r(x)" : "system_range(1, ?) as r(x)";
        String name = "'load' || lpad(cast(x as varchar(12)), 7, '0')";
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(
                url, System.getProperty("load.jdbcUser", "sa"), System.getProperty("load.jdbcPassword", "sa"))) {
            db.setAutoCommit(false);
            int accounts;
            try (PreparedStatement insert = db.prepareStatement(
                    "insert into account (id, identifier, last_name, first_name, birth_date, student_number, kind,"
                            + " state, password_hash, password_changed_at, question_id, answer_hash,"
                            + " question_changed_at, charter_version, charter_accepted_at, created_at, version)"
                            + " select " + FIRST_ID + " + x, " + name + ", 'Charge', 'Compte', date '2006-09-01',"
                            + " '9' || lpad(cast(x as varchar(12)), 7, '0'), 'REGULAR', 'ACTIVE', ?,"
                            + " current_timestamp, ?, ?, current_timestamp, 'load', current_timestamp,"
                            + " current_timestamp, 0 from " + range
                            + " where not exists (select 1 from account a where a.id = " + FIRST_ID + " + x"
                            + " or a.identifier = " + name + ")")) {
                insert.setString(1, passwordHash);
                insert.setString(2, QUESTION);
                insert.setString(3, answerHash);
                insert.setInt(4, count);
                accounts = insert.executeUpdate();
            }
            int addresses;
            try (PreparedStatement insert = db.prepareStatement(
                    "insert into personal_address (id, account_id, address, state, requested_at, validated_at, version)"
                            + " select " + FIRST_ID + " + x, " + FIRST_ID + " + x, " + name + " || '@example.org',"
                            + " 'VALIDATED', current_timestamp, current_timestamp, 0 from " + range
                            + " where not exists (select 1 from personal_address p where p.id = " + FIRST_ID
                            + " + x)")) {
                insert.setInt(1, count);
                addresses = insert.executeUpdate();
            }
            db.commit();
            if (postgresql) {
                try (var analyse = db.createStatement()) {
                    db.setAutoCommit(true);
                    analyse.execute("analyze account");
                    analyse.execute("analyze personal_address");
                }
            }
            System.out.printf(
                    "%d accounts and %d addresses added (%d wanted) in %.1f s%n",
                    accounts, addresses, count, (System.nanoTime() - started) / 1e9);
        }
    }
}
