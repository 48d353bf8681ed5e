package fr.ent.sesame.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ent.sesame.testing.FacesForm;
import fr.ent.sesame.testing.Http;
import fr.ent.sesame.testing.SesameDeployment;
import fr.ent.sesame.testing.TestDatabase;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Assistance › Qui suis-je. */
@ExtendWith(ArquillianExtension.class)
class WhoAmIIT {

    private static final String NO_MATCH = "Aucun compte ne correspond à ces informations.";

    @Deployment(testable = false)
    static WebArchive sesame() {
        return SesameDeployment.war();
    }

    @BeforeEach
    @AfterEach
    void noCounters() {
        TestDatabase.clearCounters();
    }

    @Test
    void studentDetails_showTheIdentifier() {
        HttpResponse<String> response = lookUp(new Http(), "Dupont", "Jeanne", "29/02/2004", "21805678");

        assertEquals("jdupont", foundIdentifier(response));
    }

    @Test
    void staffNumber_andNamesTypedWithoutAccentsOrCapitals_work_too() {
        assertEquals("pmartin", foundIdentifier(lookUp(new Http(), "MARTIN", "pierre", "03/11/1979", "e4521")));
        assertEquals(
                "ebernard",
                foundIdentifier(lookUp(new Http(), "Bernard", "Emile", "17/05/2006", "22104567")),
                "a member who has not activated yet needs the identifier to activate");
    }

    @Test
    void aWrongDetail_getsOneNeutralMessage() {
        for (String[] details : new String[][] {
            {"Dupont", "Jeanne", "28/02/2004", "21805678"},
            {"Dupond", "Jeanne", "29/02/2004", "21805678"},
            {"Dupont", "Jeanne", "29/02/2004", "99999999"}
        }) {
            HttpResponse<String> response = lookUp(new Http(), details[0], details[1], details[2], details[3]);
            assertTrue(error(response).startsWith(NO_MATCH), error(response));
            assertFalse(response.body().contains("jdupont"));
        }
    }

    @Test
    void aMalformedDate_isExplainedInTheUsersLanguage() {
        HttpResponse<String> response = lookUp(new Http(), "Dupont", "Jeanne", "2004-02-29", "21805678");

        assertEquals(200, response.statusCode());
        assertTrue(error(response).contains("jj/mm/aaaa"), error(response));
    }

    @Test
    void lookUpsAreLimitedPerSession() {
        Http session = new Http();
        for (int i = 0; i < 5; i++) {
            assertTrue(error(lookUp(session, "Dupont", "Jeanne", "01/01/2000", "0000" + i))
                    .startsWith(NO_MATCH));
        }
        HttpResponse<String> sixth = lookUp(session, "Dupont", "Jeanne", "29/02/2004", "21805678");
        assertTrue(error(sixth).startsWith("Trop de recherches"), error(sixth));
    }

    private static HttpResponse<String> lookUp(
            Http http, String lastName, String firstName, String birthDate, String number) {
        String page = http.get("/assistance/qui-suis-je.xhtml").body();
        return FacesForm.post(
                http,
                "/assistance/qui-suis-je.xhtml",
                page,
                "whoami",
                Map.of("lastName", lastName, "firstName", firstName, "birthDate", birthDate, "number", number),
                "submit");
    }

    private static String foundIdentifier(HttpResponse<String> response) {
        Matcher m = Pattern.compile("id=\"found-identifier\">([^<]*)<").matcher(response.body());
        assertTrue(m.find(), response.body());
        return m.group(1);
    }

    private static String error(HttpResponse<String> response) {
        return FacesForm.firstError(response);
    }
}
