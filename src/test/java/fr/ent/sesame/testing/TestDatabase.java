package fr.ent.sesame.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The test server's database, opened from the test JVM (H2 in AUTO_SERVER mode): to put demo accounts
 * back as they were after a test changed them, and to age rows where a test needs time to pass.
 */
public final class TestDatabase {

    private TestDatabase() {}

    public static int update(String sql, Object... parameters) {
        try (Connection c = connect();
                PreparedStatement statement = prepare(c, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static String text(String sql, Object... parameters) {
        try (Connection c = connect();
                PreparedStatement statement = prepare(c, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Forget every guessing and rate counter: each test starts with none. */
    public static void clearCounters() {
        update("delete from throttle_counter");
    }

    /**
     * Where the outbox stands now, for {@link #mailsWrittenSince}: a "no mail" assertion reads the outbox, where
     * a mail is written in the transaction of its cause, rather than an SMTP server that may not have it yet.
     */
    public static long outboxMark() {
        return Long.parseLong(text("select coalesce(max(id), 0) from mail_outbox"));
    }

    /** The mails written to the outbox since the mark (any status), as "recipient template" lines. */
    public static java.util.List<String> mailsWrittenSince(long mark) {
        java.util.List<String> mails = new java.util.ArrayList<>();
        try (Connection c = connect();
                PreparedStatement statement =
                        prepare(c, "select recipient, template from mail_outbox where id > ? order by id", mark);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                mails.add(rows.getString(1) + " " + rows.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return mails;
    }

    /** Mails a previous test caused and did not wait for are not this test's business. */
    public static void clearOutbox() {
        update("update mail_outbox set status = 'SENT', model = '{}' where status = 'PENDING'");
    }

    /**
     * Whether the test server keeps passwords in the directory (the ldap profile) rather than in this
     * database: then a demo account's password is put back in slapd, and the database holds no hash.
     */
    public static boolean directoryMode() {
        return System.getProperty("sesame.it.ldapUrl") != null;
    }

    /**
     * What the account store holds for a person's password: the database's hash, or in directory mode the
     * entry's userPassword (read as the rootDN). Compared before and after, it tells whether a password changed.
     */
    public static String storedPassword(String identifier) {
        return directoryMode()
                ? Slapd.attribute(identifier, "userPassword")
                : text("select password_hash from account where identifier = ?", identifier);
    }

    /** What a test may change of a demo account, to put back afterwards. */
    public record AccountState(
            String identifier,
            String password,
            String questionId,
            String answerHash,
            String state,
            String charterVersion,
            String addresses,
            String directoryAddress) {

        public void restore() {
            if (directoryMode()) {
                Slapd.restore(identifier, password);
                // A validated address is written back to the entry (supannMailPerso, the default attribute).
                if (directoryAddress == null) {
                    Slapd.forget(identifier, "supannMailPerso");
                } else {
                    Slapd.modify(
                            identifier,
                            new com.unboundid.ldap.sdk.Modification(
                                    com.unboundid.ldap.sdk.ModificationType.REPLACE,
                                    "supannMailPerso",
                                    directoryAddress));
                }
            } else {
                update("update account set password_hash = ? where identifier = ?", password, identifier);
            }
            update(
                    "update account set question_id = ?, answer_hash = ?, sessions_valid_after = null,"
                            + " state = ?, charter_version = ? where identifier = ?",
                    questionId,
                    answerHash,
                    state,
                    charterVersion,
                    identifier);
            if (charterVersion == null) {
                update("update account set charter_accepted_at = null where identifier = ?", identifier);
            }
            // Addresses: keep the demo rows (fixed ids below 100), as they were; drop the ones the test added.
            update(
                    "delete from personal_address where id >= 100 and account_id = (select id from account where identifier = ?)",
                    identifier);
            for (String row : addresses.split(";")) {
                if (!row.isEmpty()) {
                    String[] parts = row.split(",", -1);
                    update(
                            "update personal_address set state = ?, validated_at = "
                                    + (parts[2].isEmpty() ? "null" : "validated_at") + " where id = ?",
                            parts[1],
                            Long.parseLong(parts[0]));
                }
            }
            update(
                    "delete from password_history where account_id = (select id from account where identifier = ?)",
                    identifier);
            update(
                    "update one_time_token set voided_at = current_timestamp where used_at is null and voided_at is null"
                            + " and account_id = (select id from account where identifier = ?)",
                    identifier);
        }
    }

    public static AccountState stateOf(String identifier) {
        return new AccountState(
                identifier,
                storedPassword(identifier),
                text("select question_id from account where identifier = ?", identifier),
                text("select answer_hash from account where identifier = ?", identifier),
                text("select state from account where identifier = ?", identifier),
                text("select charter_version from account where identifier = ?", identifier),
                addressesOf(identifier),
                directoryMode() ? Slapd.attribute(identifier, "supannMailPerso") : null);
    }

    /** "id,state,validatedFlag;…" of the account's address rows, in portable SQL. */
    private static String addressesOf(String identifier) {
        StringBuilder rows = new StringBuilder();
        try (Connection c = connect();
                PreparedStatement statement = prepare(
                        c,
                        "select p.id, p.state, p.validated_at from personal_address p join account a on a.id = p.account_id"
                                + " where a.identifier = ? order by p.id",
                        identifier);
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows.append(result.getLong(1))
                        .append(',')
                        .append(result.getString(2))
                        .append(',')
                        .append(result.getObject(3) == null ? "" : "set")
                        .append(';');
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows.toString();
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                System.getProperty("sesame.it.dbUrl"),
                System.getProperty("sesame.it.dbUser", "sa"),
                System.getProperty("sesame.it.dbPassword", "sa"));
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
