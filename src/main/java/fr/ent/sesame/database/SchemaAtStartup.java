package fr.ent.sesame.database;

import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import org.flywaydb.core.api.output.MigrateResult;

import fr.ent.sesame.settings.Settings;

/**
 * Applies pending migrations when the application is deployed, before any page is served. Flyway takes a
 * database lock, so several cluster nodes starting at once apply each migration once.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaAtStartup {

    private static final Logger LOG = Logger.getLogger("sesame.database");

    @Resource(lookup = "java:jboss/datasources/SesameDS")
    DataSource dataSource;

    @Inject
    Settings settings;

    @PostConstruct
    void migrate() {
        MigrateResult result = Migrations.apply(dataSource, settings.demoEnabled(), getClass().getClassLoader());
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied now" + (settings.demoEnabled() ? ", demo accounts on" : "") + ")");
    }
}
