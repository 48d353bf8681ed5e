package fr.ent.sesame.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ent.sesame.testing.BrowserSession;
import fr.ent.sesame.testing.Http;
import fr.ent.sesame.testing.SesameDeployment;
import fr.ent.sesame.testing.pages.AccountForms;
import fr.ent.sesame.testing.pages.AccountPage;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Mon dossier behind the university's single sign-on (sesame.sign-in=oidc), against a real Keycloak with the
 * realm of src/test/oidc/realm-univ-test.json, in a real browser where a person would use one. Runs in the
 * oidc profile only (./mvnw clean verify -Poidc): the test server is configured by wildfly-config/oidc.cli.
 * Keycloak's passwords (sso-&lt;identifier&gt;-test-only) are not the account store's: Mon compte's
 * changes still ask for the account store's current password.
 */
@ExtendWith(ArquillianExtension.class)
class SingleSignOnOidcIT {

    private static final String KEYCLOAK = System.getProperty("sesame.it.keycloakUrl", "http://localhost:8180");

    /** Keycloak's sign-in form posts here; the address carries its session code. */
    private static final Pattern LOGIN_ACTION = Pattern.compile("action=\"([^\"]*/login-actions/authenticate[^\"]*)\"");

    @RegisterExtension
    static BrowserSession browserSession = new BrowserSession();

    @Deployment(testable = false)
    static WebArchive sesame() {
        return SesameDeployment.war();
    }

    private static WebDriver browser() {
        return browserSession.driver();
    }

    /**
     * Every test starts as a new browser: no cookie of Sésame's nor of Keycloak's (whose cookies have the
     * realm's path, so deleting the cookies of a Sésame page would leave Keycloak's session alive).
     */
    @BeforeEach
    void aBrowserWithoutCookies() {
        forgetEveryCookie();
    }

    private static void forgetEveryCookie() {
        ((ChromeDriver) browser()).executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    @Test
    void aProtectedPage_sendsToKeycloakWithPkce_andComesBackToThatPageSignedIn() {
        browser().get(SesameDeployment.baseUrl() + "/mon-compte/activite.xhtml?lang=fr");
        waitUntilUrlStartsWith(KEYCLOAK);
        Map<String, String> asked = query(URI.create(browser().getCurrentUrl()));
        assertEquals("S256", asked.get("code_challenge_method"), "PKCE with SHA-256");
        assertTrue(asked.get("code_challenge").length() >= 43, "a code challenge");
        assertTrue(asked.get("state").length() >= 22 && asked.get("nonce").length() >= 22, "a state and a nonce");
        assertEquals(SesameDeployment.baseUrl() + "/oidc/retour", asked.get("redirect_uri"));

        signInAtKeycloak("jdupont");

        waitUntilUrlStartsWith(SesameDeployment.baseUrl() + "/mon-compte/activite.xhtml");
        assertEquals("Connecté(e) : jdupont", new AccountPage(browser()).signedInAs());

        AccountPage.open(browser());
        AccountPage account = new AccountPage(browser());
        assertTrue(account.isShown(), "Mon compte, with no second sign-in");
        assertEquals("jdupont", account.identifier());
    }

    @Test
    void signOut_endsSesamesSessionAndKeycloaks() {
        AccountPage.open(browser());
        signInAtKeycloak("jdupont");
        waitUntilUrlStartsWith(SesameDeployment.baseUrl() + "/mon-compte/index.xhtml");

        new AccountPage(browser()).signOut();

        waitUntilUrlStartsWith(SesameDeployment.baseUrl() + "/index.xhtml?signedOut=true");
        assertFalse(browser().findElements(By.cssSelector(".notice-ok")).isEmpty(), "the signed-out page says so");
        AccountPage.open(browser());
        waitUntilUrlStartsWith(KEYCLOAK);
        assertFalse(
                browser().findElements(By.id("username")).isEmpty(),
                "Keycloak asks for the password again: its session ended too");
    }

    @Test
    void someoneSesameDoesNotKnow_orATemporaryAccount_getsTheNeutralPage() {
        for (String identifier : new String[] {"ivisiteur", "clambert"}) {
            forgetEveryCookie();
            AccountPage.open(browser());
            signInAtKeycloak(identifier);

            waitUntilUrlStartsWith(SesameDeployment.baseUrl() + "/connexion-impossible.xhtml?raison=compte");
            String page = browser().findElement(By.tagName("main")).getText();
            assertTrue(page.contains("Votre compte ne donne pas accès à Mon compte."), identifier + ": " + page);
            assertTrue(page.matches("(?s).*contactez le support : \\S+@\\S+\\..*"), "the support's contact: " + page);
            assertFalse(new AccountPage(browser()).isShown());
        }
    }

    @Test
    void monCompte_stillAsksForTheAccountStoresCurrentPassword() {
        AccountForms forms = AccountForms.open(browser(), "mot-de-passe");
        signInAtKeycloak("jdupont");
        waitUntilUrlStartsWith(SesameDeployment.baseUrl() + "/mon-compte/mot-de-passe.xhtml");

        // Keycloak's password is not enough: the single sign-on session may be borrowed.
        forms.changePassword("sso-jdupont-test-only", "Glycine-Bleue-Horloge", "Glycine-Bleue-Horloge");
        assertEquals(
                java.util.List.of("Le mot de passe actuel est incorrect : rien n'a été modifié."), forms.messages());

        forms = AccountForms.open(browser(), "adresse");
        forms.giveAddress("jeanne.autre@example.org", "pas-le-bon-mot-de-passe");
        assertTrue(
                forms.messages().contains("Le mot de passe actuel est incorrect : rien n'a été modifié."),
                forms.messages().toString());
    }

    @Test
    void theSupportRole_comesFromTheGroupsClaim() {
        browser().get(SesameDeployment.baseUrl() + "/support/index.xhtml");
        signInAtKeycloak("pmartin");
        waitUntilUrlStartsWith(SesameDeployment.baseUrl() + "/support/index.xhtml");
        assertFalse(
                browser().findElements(By.id("search")).isEmpty(),
                "the support desk's search for pmartin, in Keycloak's group sesame-support");

        forgetEveryCookie();
        browser().get(SesameDeployment.baseUrl() + "/support/index.xhtml");
        signInAtKeycloak("jdupont");
        waitUntilUrlStartsWith(SesameDeployment.baseUrl() + "/support/index.xhtml");
        assertTrue(browser().findElements(By.id("search")).isEmpty(), "no search for jdupont, in no group");
        assertFalse(
                browser().findElements(By.id("reference")).isEmpty(),
                "the refusal page: " + browser().getTitle());
    }

    @Test
    void aTamperedState_andAReplayedCode_areRefused() {
        Http person = Http.treatingLocalhostAsSecure();
        HttpResponse<String> toKeycloak = person.get("/mon-compte/index.xhtml");
        assertEquals(302, toKeycloak.statusCode());
        String callback = signInOverHttp(person, location(toKeycloak), "jdupont");
        Map<String, String> answer = query(URI.create(callback));

        // Someone changes the state: refused, and nobody is signed in.
        String tampered = callback.replace("state=" + answer.get("state"), "state=x" + answer.get("state"));
        assertRefused(person.send(get(tampered)));
        assertEquals(302, person.get("/mon-compte/index.xhtml").statusCode(), "still not signed in");

        // The genuine answer signs the person in, once.
        HttpResponse<String> genuine = person.send(get(callback));
        assertEquals(302, genuine.statusCode());
        assertEquals(
                "/sesame/mon-compte/index.xhtml", URI.create(location(genuine)).getPath());
        assertEquals(200, person.get("/mon-compte/index.xhtml").statusCode(), "signed in");

        // The same answer sent from another browser (a link copied out of someone's history): no sign-in
        // was started there, so there is nothing it can complete.
        assertRefused(Http.treatingLocalhostAsSecure().send(get(callback)));

        // Another browser that starts its own sign-in and slips in the stolen code: Keycloak refuses the
        // code (used already, and not issued for this PKCE verifier).
        Http thief = Http.treatingLocalhostAsSecure();
        Map<String, String> thiefAsked = query(URI.create(location(thief.get("/mon-compte/index.xhtml"))));
        String replayed = SesameDeployment.baseUrl() + "/oidc/retour?state=" + enc(thiefAsked.get("state")) + "&code="
                + enc(answer.get("code")) + (answer.containsKey("iss") ? "&iss=" + enc(answer.get("iss")) : "");
        assertRefused(thief.send(get(replayed)));
        assertEquals(302, thief.get("/mon-compte/index.xhtml").statusCode(), "the thief is not signed in");
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertEquals(302, response.statusCode(), response.body());
        URI to = URI.create(location(response));
        assertEquals("/sesame/connexion-impossible.xhtml?raison=echec", to.getPath() + "?" + to.getQuery());
    }

    /** Keycloak's sign-in form filled as a person does; the browser then goes where Keycloak sends it. */
    private static void signInAtKeycloak(String identifier) {
        waitUntilUrlStartsWith(KEYCLOAK);
        browser().findElement(By.id("username")).sendKeys(identifier);
        browser().findElement(By.id("password")).sendKeys("sso-" + identifier + "-test-only");
        browser().findElement(By.id("kc-login")).click();
    }

    /** The same over HTTP: returns the address Keycloak sends the browser back to (code and state). */
    private static String signInOverHttp(Http client, String authorizationUrl, String identifier) {
        HttpResponse<String> form = client.send(get(authorizationUrl));
        assertEquals(200, form.statusCode(), "Keycloak's sign-in page");
        Matcher action = LOGIN_ACTION.matcher(form.body());
        assertTrue(action.find(), "Keycloak's sign-in form");
        String body = "username=" + enc(identifier) + "&password=" + enc("sso-" + identifier + "-test-only");
        HttpResponse<String> answer =
                client.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
        assertEquals(302, answer.statusCode(), "Keycloak accepts the password");
        String callback = location(answer);
        assertTrue(callback.startsWith(SesameDeployment.baseUrl() + "/oidc/retour?"), callback);
        return callback;
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).GET().build();
    }

    private static String location(HttpResponse<String> response) {
        return response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new AssertionError("no redirect: " + response.statusCode() + " " + response.body()));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(
                    URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void waitUntilUrlStartsWith(String prefix) {
        new WebDriverWait(browser(), Duration.ofSeconds(20))
                .withMessage(() -> "expected " + prefix + ", at " + browser().getCurrentUrl())
                .until(driver -> driver.getCurrentUrl().startsWith(prefix));
    }
}
