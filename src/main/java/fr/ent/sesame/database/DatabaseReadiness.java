package fr.ent.sesame.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness (management port, {@code /health/ready}): the database answers a trivial query, and its schema
 * has every migration this version needs. A load balancer stops sending people to a node that says DOWN,
 * and sends them again when it says UP: nothing is restarted. Runs on the management interface, so a
 * probe never opens an HTTP session.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "java:jboss/datasources/SesameDS")
    DataSource dataSource;

    /** Once the schema was found up to date it stays so while this version runs: Flyway is asked until then. */
    private volatile boolean schemaUpToDate;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection();
                Statement query = connection.createStatement()) {
            query.setQueryTimeout(3);
            query.execute("select 1");
        } catch (SQLException e) {
            return HealthCheckResponse.named("sesame-database")
                    .down()
                    .withData("error", e.getClass().getSimpleName() + ": " + e.getMessage())
                    .build();
        }
        if (!schemaUpToDate) {
            List<String> pending = Migrations.pending(dataSource, getClass().getClassLoader());
            if (!pending.isEmpty()) {
                return HealthCheckResponse.named("sesame-database")
                        .down()
                        .withData("pending-migrations", String.join(", ", pending))
                        .build();
            }
            schemaUpToDate = true;
        }
        return HealthCheckResponse.named("sesame-database")
                .up()
                .withData("schema", "up to date")
                .build();
    }
}
