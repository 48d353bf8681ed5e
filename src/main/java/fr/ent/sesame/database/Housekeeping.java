package fr.ent.sesame.database;

import fr.ent.sesame.settings.Retention;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Deletes what has served its purpose: one-time links long expired, guessing counters idle for long, mails
 * sent or given up long ago; and empties the content of mails given up more than a day ago (the support
 * desk may retry one until then; after, a link it held must not stay in the database). Each is one conditional {@code DELETE}, so every cluster node may run it at the
 * same time and running it twice deletes nothing more. The audit trail is never purged here: how long it is
 * kept is the institution's policy, not the application's.
 */
public final class Housekeeping {

    /** How many rows one pass deleted. */
    public record Purged(int tokens, int counters, int mails, int emptiedMails) {

        public boolean any() {
            return tokens + counters + mails + emptiedMails > 0;
        }
    }

    /** How long a mail given up keeps its content, so the support desk can retry it. */
    public static final Duration GIVEN_UP_CONTENT_KEPT = Duration.ofDays(1);

    private Housekeeping() {}

    public static Purged purge(DataSource dataSource, Instant now, Retention keep) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return new Purged(
                    delete(c, "delete from one_time_token where expires_at < ?", now.minus(keep.tokens())),
                    delete(
                            c,
                            "delete from throttle_counter where window_start < ?"
                                    + " and (locked_until is null or locked_until < ?)",
                            now.minus(keep.counters()),
                            now.minus(keep.counters())),
                    delete(
                            c,
                            "delete from mail_outbox where status in ('SENT', 'FAILED') and created_at < ?",
                            now.minus(keep.mails())),
                    // A given-up mail's last planned attempt is when it was given up (OutboxMail.failed).
                    delete(
                            c,
                            "update mail_outbox set model = '{}' where status = 'FAILED' and model <> '{}'"
                                    + " and next_attempt_at < ?",
                            now.minus(GIVEN_UP_CONTENT_KEPT)));
        }
    }

    private static int delete(Connection c, String sql, Instant... before) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < before.length; i++) {
                statement.setObject(i + 1, OffsetDateTime.ofInstant(before[i], ZoneOffset.UTC));
            }
            return statement.executeUpdate();
        }
    }
}
