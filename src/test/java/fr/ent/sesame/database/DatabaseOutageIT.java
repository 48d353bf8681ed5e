package fr.ent.sesame.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.ent.sesame.health.ReadinessIT;
import fr.ent.sesame.testing.FacesForm;
import fr.ent.sesame.testing.Http;
import fr.ent.sesame.testing.SesameDeployment;
import fr.ent.sesame.testing.TestDatabase;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database goes away for a moment (PostgreSQL refuses connections and drops the open ones): people get a
 * friendly "try again" page with a reference, and the application recovers by itself once it is back.
 * PostgreSQL only: the embedded H2 cannot be taken away from the server.
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseOutageIT {

    private static final String DATABASE = "sesame_it";

    @Deployment(testable = false)
    static WebArchive sesame() {
        return SesameDeployment.war();
    }

    @Test
    void pagesSayTryAgainWithAReference_whileTheDatabaseIsAway_andWorkAgainWhenItIsBack() throws Exception {
        assumeTrue(System.getProperty("sesame.it.dbUrl", "").startsWith("jdbc:postgresql:"), "PostgreSQL run only");
        String auditRows = TestDatabase.text("select count(*) from audit_event");
        try {
            databaseAway(true);
            HttpResponse<String> signIn = FacesForm.signIn(new Http(), "jdupont", "Tilleul-Ecorce-42");
            HttpResponse<String> lookUp = lookUp();

            for (HttpResponse<String> answer : new HttpResponse[] {signIn, lookUp}) {
                assertTrue(answer.statusCode() >= 500, answer.statusCode() + " " + answer.body());
                assertTrue(answer.body().contains("Réessayez dans un instant"), answer.body());
                assertTrue(
                        answer.body().matches("(?s).*référence au support : [A-Z2-9]{4}-[A-Z2-9]{4}.*"), answer.body());
                assertFalse(answer.body().contains("Exception") || answer.body().contains("at org."), "no stack trace");
            }
            HttpResponse<String> probe = ReadinessIT.ready();
            assertEquals(503, probe.statusCode(), "the balancer takes the node out: " + probe.body());
            assertEquals(
                    "DOWN",
                    ReadinessIT.check(ModelNode.fromJSONString(probe.body()), "sesame-database")
                            .get("status")
                            .asString(),
                    probe.body());
            assertEquals(
                    "UP",
                    ReadinessIT.check(ModelNode.fromJSONString(probe.body()), "sesame-outbox")
                            .get("status")
                            .asString(),
                    "the outbox cannot count, and says so: " + probe.body());
        } finally {
            databaseAway(false);
        }

        assertEquals(auditRows, TestDatabase.text("select count(*) from audit_event"), "nothing half-written");
        HttpResponse<String> probe = ReadinessIT.ready();
        assertEquals(200, probe.statusCode(), "and back in once the database is: " + probe.body());
        assertEquals(
                302,
                FacesForm.signIn(new Http(), "jdupont", "Tilleul-Ecorce-42").statusCode(),
                "the pool recovers by itself: signing in works again");
        assertTrue(lookUp().body().contains("id=\"found-identifier\">jdupont<"));
        TestDatabase.clearCounters();
    }

    private static HttpResponse<String> lookUp() {
        Http http = new Http();
        return FacesForm.post(
                http,
                "/assistance/qui-suis-je.xhtml",
                http.get("/assistance/qui-suis-je.xhtml").body(),
                "whoami",
                Map.of("lastName", "Dupont", "firstName", "Jeanne", "birthDate", "29/02/2004", "number", "21805678"),
                "submit");
    }

    /** Refuses new connections to the test database and ends the open ones, or lets them in again. */
    private static void databaseAway(boolean away) throws SQLException {
        String maintenance = System.getProperty("sesame.it.dbUrl").replace("/" + DATABASE, "/postgres");
        try (Connection c = DriverManager.getConnection(
                        maintenance,
                        System.getProperty("sesame.it.dbUser"),
                        System.getProperty("sesame.it.dbPassword"));
                Statement s = c.createStatement()) {
            s.execute("alter database " + DATABASE + " allow_connections " + !away);
            if (away) {
                s.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + DATABASE + "'");
            }
        }
    }
}
