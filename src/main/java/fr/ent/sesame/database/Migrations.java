package fr.ent.sesame.database;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** How Sésame's schema is brought up to date; the same code runs in the server and in the migration tests. */
public final class Migrations {

    static final String SCHEMA = "classpath:db/migration";
    static final String DEMO = "classpath:db/demo";

    private Migrations() {
    }

    public static MigrateResult apply(DataSource dataSource, boolean withDemoAccounts, ClassLoader classLoader) {
        String[] locations = withDemoAccounts ? new String[] {SCHEMA, DEMO} : new String[] {SCHEMA};
        return Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(locations)
                // The demo accounts are one repeatable script; turning the demo off later must not block start-up.
                .ignoreMigrationPatterns("*:future", "repeatable:missing")
                .load()
                .migrate();
    }
}
