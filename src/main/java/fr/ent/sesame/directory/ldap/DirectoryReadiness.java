package fr.ent.sesame.directory.ldap;

import fr.ent.sesame.directory.DirectoryUnavailable;
import fr.ent.sesame.settings.DirectoryMode;
import fr.ent.sesame.settings.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the university's directory in ldap mode: one read of its root entry through the service
 * account's pool (which fails over between the configured servers). In database mode there is nothing to
 * ask and the check says so.
 */
@Readiness
@ApplicationScoped
public class DirectoryReadiness implements HealthCheck {

    @Inject
    Settings settings;

    @Inject
    LdapConnections connections;

    @Override
    public HealthCheckResponse call() {
        if (settings.directoryMode() != DirectoryMode.LDAP) {
            return HealthCheckResponse.named("sesame-directory")
                    .up()
                    .withData("mode", "database (no directory used)")
                    .build();
        }
        try {
            return HealthCheckResponse.named("sesame-directory")
                    .up()
                    .withData("mode", "ldap")
                    .withData("server", connections.probe())
                    .build();
        } catch (DirectoryUnavailable e) {
            return HealthCheckResponse.named("sesame-directory")
                    .down()
                    .withData("mode", "ldap")
                    .withData("error", e.getMessage())
                    .build();
        }
    }
}
