package fr.ent.sesame.database;

import fr.ent.sesame.settings.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies pending migrations when the application is deployed, before any page is served. Flyway takes a
 * database lock, so several cluster nodes starting at once apply each migration once. Sites whose DBA runs
 * migrations (and whose application role has no DDL rights) set {@code sesame.database.migrate-at-startup=false}:
 * the deployment then only checks that none is pending, and refuses to start on an older schema.
 */
@Singleton
@Startup
@DependsOn("SettingsCheck")
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaAtStartup {

    private static final Logger LOG = Logger.getLogger("sesame.database");

    @Resource(lookup = "java:jboss/datasources/SesameDS")
    DataSource dataSource;

    @Inject
    Settings settings;

    @PostConstruct
    void migrate() {
        if (!settings.migrateAtStartup()) {
            List<String> pending = Migrations.pending(dataSource, getClass().getClassLoader());
            if (!pending.isEmpty()) {
                throw new IllegalStateException(
                        "The database lacks " + pending.size() + " migration(s) this version of"
                                + " Sésame needs (" + String.join(", ", pending)
                                + ") and sesame.database.migrate-at-startup is"
                                + " false: run them first (docs/deploying.md, \"Running the migrations yourself\"), then deploy again.");
            }
            LOG.info(
                    "Database schema up to date; migrations are run by the site (sesame.database.migrate-at-startup=false)");
            return;
        }
        MigrateResult result =
                Migrations.apply(dataSource, settings.demoEnabled(), getClass().getClassLoader());
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied now" + (settings.demoEnabled() ? ", demo accounts on" : "") + ")");
    }
}
