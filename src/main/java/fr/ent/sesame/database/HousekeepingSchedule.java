package fr.ent.sesame.database;

import fr.ent.sesame.settings.Settings;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Runs {@link Housekeeping} once an hour on every node (non-persistent timer: each node has its own). */
@Singleton
public class HousekeepingSchedule {

    private static final Logger LOG = Logger.getLogger("sesame.database");

    @Resource(lookup = "java:jboss/datasources/SesameDS")
    DataSource dataSource;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Schedule(minute = "17", hour = "*", persistent = false)
    void hourly() {
        try {
            Housekeeping.Purged purged = Housekeeping.purge(dataSource, clock.instant(), settings.retention());
            if (purged.any()) {
                LOG.info(() -> "Housekeeping deleted " + purged);
            }
        } catch (SQLException e) {
            // Nothing is lost by skipping a pass: the next one deletes the same rows.
            LOG.log(Level.WARNING, "Housekeeping skipped this hour", e);
        }
    }
}
