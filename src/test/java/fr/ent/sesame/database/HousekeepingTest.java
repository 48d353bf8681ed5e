package fr.ent.sesame.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The hourly purge on the real schema (in-memory H2): what it deletes, what it keeps, and that a second pass deletes nothing. */
class HousekeepingTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final fr.ent.sesame.settings.Retention KEEP =
            new fr.ent.sesame.settings.Retention(Duration.ofDays(7), Duration.ofDays(1), Duration.ofDays(30));

    @Test
    void oldRowsGo_recentAndStillUsefulOnesStay_andASecondPassDeletesNothing() throws SQLException {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        database.setUser("sa");
        Migrations.apply(database, true, getClass().getClassLoader());
        try (Connection c = database.getConnection()) {
            token(c, 1, "a", NOW.minus(Duration.ofDays(8))); // expired 8 days ago: goes
            token(c, 2, "b", NOW.minus(Duration.ofDays(6))); // expired 6 days ago: stays
            token(c, 3, "c", NOW.plus(Duration.ofMinutes(20))); // still usable: stays
            counter(c, 1, "idle", NOW.minus(Duration.ofDays(2)), null); // goes
            counter(c, 2, "locked-long-ago", NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(2))); // goes
            counter(c, 3, "recent", NOW.minus(Duration.ofHours(2)), null); // stays
            counter(
                    c,
                    4,
                    "old-window-locked-now",
                    NOW.minus(Duration.ofDays(2)),
                    NOW.plus(Duration.ofMinutes(5))); // stays
            mail(c, 1, "SENT", NOW.minus(Duration.ofDays(31))); // goes
            mail(c, 2, "FAILED", NOW.minus(Duration.ofDays(40))); // goes
            mail(c, 3, "PENDING", NOW.minus(Duration.ofDays(40))); // never sent: stays
            mail(c, 4, "SENT", NOW.minus(Duration.ofDays(2))); // stays
            mail(c, 5, "FAILED", NOW.minus(Duration.ofDays(2)), "{\"link\":\"x\"}"); // stays, content emptied
            mail(c, 6, "FAILED", NOW.minus(Duration.ofHours(2)), "{\"link\":\"y\"}"); // stays, content kept for a retry
        }

        assertEquals(new Housekeeping.Purged(1, 2, 2, 1), Housekeeping.purge(database, NOW, KEEP));
        assertEquals(new Housekeeping.Purged(0, 0, 0, 0), Housekeeping.purge(database, NOW, KEEP));
        assertEquals(2, count(database, "select count(*) from one_time_token"));
        assertEquals(2, count(database, "select count(*) from throttle_counter"));
        assertEquals(4, count(database, "select count(*) from mail_outbox"));
        assertEquals(1, count(database, "select count(*) from mail_outbox where id = 5 and model = '{}'"));
        assertEquals(1, count(database, "select count(*) from mail_outbox where id = 6 and model <> '{}'"));
    }

    private static void token(Connection c, long id, String hash, Instant expires) throws SQLException {
        insert(
                c,
                "insert into one_time_token (id, token_hash, purpose, account_id, created_at, expires_at)"
                        + " values (?, ?, 'PASSWORD_RESET', 1, ?, ?)",
                id,
                hash,
                at(expires.minus(Duration.ofMinutes(30))),
                at(expires));
    }

    private static void counter(Connection c, long id, String subject, Instant windowStart, Instant lockedUntil)
            throws SQLException {
        insert(
                c,
                "insert into throttle_counter (id, scope, subject_key, failures, window_start, locked_until)"
                        + " values (?, 'answer-account', ?, 5, ?, ?)",
                id,
                subject,
                at(windowStart),
                at(lockedUntil));
    }

    private static void mail(Connection c, long id, String status, Instant created) throws SQLException {
        mail(c, id, status, created, "{}");
    }

    private static void mail(Connection c, long id, String status, Instant created, String model) throws SQLException {
        insert(
                c,
                "insert into mail_outbox (id, recipient, template, locale, model, status, next_attempt_at, created_at)"
                        + " values (?, 'x@example.org', 'reset-link', 'fr', ?, ?, ?, ?)",
                id,
                model,
                status,
                at(created),
                at(created));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static void insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private static long count(JdbcDataSource database, String sql) throws SQLException {
        try (Connection c = database.getConnection();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
