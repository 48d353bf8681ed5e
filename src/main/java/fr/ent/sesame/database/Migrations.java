package fr.ent.sesame.database;

import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** How Sésame's schema is brought up to date; the same code runs in the server and in the migration tests. */
public final class Migrations {

    static final String SCHEMA = "classpath:db/migration";
    static final String DEMO = "classpath:db/demo";

    private Migrations() {}

    public static MigrateResult apply(DataSource dataSource, boolean withDemoAccounts, ClassLoader classLoader) {
        return flyway(dataSource, withDemoAccounts, classLoader).migrate();
    }

    /**
     * The versioned migrations this WAR brings that the database has not had yet (the demo script aside), for
     * sites that run migrations themselves, before deploying.
     */
    public static List<String> pending(DataSource dataSource, ClassLoader classLoader) {
        return Arrays.stream(flyway(dataSource, false, classLoader).info().pending())
                .filter(migration -> migration.getVersion() != null)
                .map(migration -> migration.getVersion() + " " + migration.getDescription())
                .toList();
    }

    private static Flyway flyway(DataSource dataSource, boolean withDemoAccounts, ClassLoader classLoader) {
        String[] locations = withDemoAccounts ? new String[] {SCHEMA, DEMO} : new String[] {SCHEMA};
        return Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(locations)
                // The demo accounts are one repeatable script; turning the demo off later must not block start-up.
                .ignoreMigrationPatterns("*:future", "repeatable:missing")
                .load();
    }
}
