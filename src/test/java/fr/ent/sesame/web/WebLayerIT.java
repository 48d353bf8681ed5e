package fr.ent.sesame.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fr.ent.sesame.testing.FacesForm;
import fr.ent.sesame.testing.Http;
import fr.ent.sesame.testing.ServerJvm;
import fr.ent.sesame.testing.ServerSettings;
import fr.ent.sesame.testing.SesameDeployment;
import fr.ent.sesame.testing.TestDatabase;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every response of Sésame must be, seen over plain HTTP: headers, access rules, errors. */
@ExtendWith(ArquillianExtension.class)
class WebLayerIT {

    @org.jboss.arquillian.test.api.ArquillianResource
    org.jboss.as.arquillian.container.ManagementClient management;

    @Deployment(testable = false)
    static WebArchive sesame() {
        return SesameDeployment.war();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"/", "/index.xhtml", "/connexion.xhtml", "/assistance/index.xhtml", "/page-qui-n-existe-pas"})
    void everyPage_carriesTheSecurityHeaders(String path) {
        HttpResponse<String> response = new Http().get(path);

        String policy = String.join(";", response.headers().allValues("Content-Security-Policy"));
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(policy.contains("object-src 'none'"), policy);
        assertTrue(policy.contains("base-uri 'none'"), policy);
        assertEquals(Optional.of("DENY"), response.headers().firstValue("X-Frame-Options"));
        assertEquals(Optional.of("no-referrer"), response.headers().firstValue("Referrer-Policy"));
        assertEquals(Optional.of("nosniff"), response.headers().firstValue("X-Content-Type-Options"));
        assertEquals(Optional.of("no-store"), response.headers().firstValue("Cache-Control"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/connexion.xhtml",
                "/assistance/question.xhtml",
                "/assistance/adresse.xhtml",
                "/assistance/activer.xhtml",
                "/assistance/qui-suis-je.xhtml"
            })
    void everyFieldHelp_aFieldPointsTo_isOnThePage(String path) {
        String page = new Http().get(path).body();
        java.util.regex.Matcher described =
                java.util.regex.Pattern.compile("aria-describedby=\"([^\"]+)\"").matcher(page);
        while (described.find()) {
            for (String id : described.group(1).split(" ")) {
                assertTrue(
                        page.contains("id=\"" + id + "\""), path + ": aria-describedby points at a missing id " + id);
            }
        }
    }

    /** The style sheets and scripts are remembered once found (CachedResources): each render links the same. */
    @Test
    void theResourcesAPageLinksTo_areServed_andLinkedAlikeAtEveryRenderAndInBothLanguages() {
        List<String> french = linkedResources(new Http().get("/connexion.xhtml").body());
        assertTrue(french.stream().anyMatch(address -> address.contains(".css")), french.toString());
        assertTrue(french.stream().anyMatch(address -> address.contains(".js")), french.toString());
        assertTrue(french.stream().anyMatch(address -> address.contains("locale-fr.js")), french.toString());
        // The same resources in English, but PrimeFaces' own English strings: remembered apart by their names.
        assertEquals(
                french.stream()
                        .map(address -> address.replace("locale-fr.js", "locale-en.js"))
                        .toList(),
                linkedResources(new Http().get("/connexion.xhtml?lang=en").body()));
        assertEquals(french, linkedResources(new Http().get("/connexion.xhtml").body()));
        for (String address : french) {
            for (int time = 0; time < 2; time++) {
                HttpResponse<String> resource = new Http().get(address);
                assertEquals(200, resource.statusCode(), address);
                assertFalse(resource.body().isBlank(), address);
                String type = resource.headers().firstValue("Content-Type").orElse("");
                assertTrue(type.contains("css") || type.contains("javascript"), address + ": " + type);
            }
        }
    }

    /**
     * A page's output goes through Undertow's pooled buffer. A buffer of its own per response, which Mojarra's
     * default 1 KiB response buffer made Undertow allocate, is native memory only a garbage collection frees:
     * after a rush, tens of megabytes of it. Counted between two collections, else the count means nothing.
     */
    @Test
    void renderingAPage_takesNoDirectBufferOfItsOwn() throws IOException {
        int renders = 60;
        for (int attempt = 0; attempt < 10; attempt++) {
            long collections = ServerJvm.collections(management);
            long buffers = ServerJvm.directBuffers(management);
            for (int render = 0; render < renders; render++) {
                assertEquals(200, new Http().get("/connexion.xhtml").statusCode());
            }
            long added = ServerJvm.directBuffers(management) - buffers;
            if (ServerJvm.collections(management) == collections) {
                assertTrue(added < renders / 4, added + " more direct buffers after " + renders + " pages");
                return;
            }
        }
        fail("a garbage collection ran during each of 10 tries: nothing counted");
    }

    private static List<String> linkedResources(String page) {
        java.util.regex.Matcher linked = java.util.regex.Pattern.compile(
                        "(?:href|src)=\"/sesame(/jakarta\\.faces\\.resource/[^\"]+)\"")
                .matcher(page);
        List<String> addresses = new java.util.ArrayList<>();
        while (linked.find()) {
            addresses.add(linked.group(1).replace("&amp;", "&"));
        }
        return addresses;
    }

    @Test
    void hsts_isSent_onlyWhenThePublicAddressIsHttps() throws Exception {
        assertEquals(
                Optional.empty(), new Http().get("/connexion.xhtml").headers().firstValue("Strict-Transport-Security"));
        try (AutoCloseable https =
                ServerSettings.override(management, "sesame.public-url", "https://sesame.example.org/sesame")) {
            assertEquals(
                    Optional.of("max-age=31536000"),
                    new Http().get("/connexion.xhtml").headers().firstValue("Strict-Transport-Security"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Origin: https://evil.example", "Sec-Fetch-Site: cross-site"})
    void aPostFromAnotherSite_isRefused_beforeAnythingReadsIt(String header) {
        String[] nameValue = header.split(": ");

        HttpResponse<String> response = signInPostWith(nameValue[0], nameValue[1]);

        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("Accès refusé"), response.body());
        assertEquals(Optional.of("DENY"), response.headers().firstValue("X-Frame-Options"));
        assertFalse(
                response.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID=")),
                "nobody signed in");
    }

    @Test
    void aPostFromThisSite_goesThrough_asChromiumSendsIt() {
        // Origin: null is what Referrer-Policy: no-referrer makes Chromium send for Sésame's own forms.
        HttpResponse<String> response = signInPostWith("Origin", "null", "Sec-Fetch-Site", "same-origin");

        assertEquals(302, response.statusCode(), response.body());
    }

    /** A form body posted as is, with no page, cookie or token before it: what a script sends. */
    private static HttpResponse<String> rawPost(String path, String body) {
        Http http = new Http();
        return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** jdupont's right password posted to the sign-in form as a browser would, with these extra headers. */
    private static HttpResponse<String> signInPostWith(String... headers) {
        Http http = new Http();
        String page = http.get("/connexion.xhtml").body();
        String body = "signin=signin&signin%3Aidentifier=jdupont&signin%3Apassword=Tilleul-Ecorce-42&signin%3Asubmit="
                + "&jakarta.faces.ViewState=stateless&primefaces.nonce=" + FacesForm.nonceOf(page) + "&sesame-form="
                + java.net.URLEncoder.encode(FacesForm.formTokenOf(page), java.nio.charset.StandardCharsets.UTF_8);
        return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.baseUrl() + "/connexion.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .headers(headers)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    @Test
    void aBodyWithBrokenEncoding_getsAPage_neverAnError() {
        long log = fr.ent.sesame.testing.ServerLog.mark();
        HttpResponse<String> response =
                rawPost("/connexion.xhtml", "signin%3Apassword=Tilleul-Secret%zz&b=%&%%=\u0000");

        assertTrue(response.statusCode() < 500, response.statusCode() + " " + response.body());
        assertFalse(response.body().contains("Exception"));
        // Undertow ignores the parameter; its ERROR line quoting the raw value (a password, here) is filtered
        // out by configure.cli, and nothing else is written: no stack trace, no ERROR, never the value.
        assertEquals(
                List.of(),
                fr.ent.sesame.testing.ServerLog.linesSince(log).stream()
                        .filter(line -> line.startsWith("\tat ")
                                || line.contains("Exception")
                                || line.contains(" ERROR ")
                                || line.contains("Tilleul-Secret"))
                        .toList());
    }

    @Test
    void aRequestWithTooManyParameters_getsABadRequestPageInTheFrame_andOneLogLine() {
        long log = fr.ent.sesame.testing.ServerLog.mark();
        String body = java.util.stream.IntStream.range(0, 1500)
                .mapToObj(i -> "p" + i + "=x")
                .collect(java.util.stream.Collectors.joining("&"));
        HttpResponse<String> response = rawPost("/connexion.xhtml", body);

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("Requête invalide"), response.body());
        assertFalse(response.body().contains("Exception"));
        assertEquals(Optional.of("DENY"), response.headers().firstValue("X-Frame-Options"));
        assertEquals(List.of(), fr.ent.sesame.testing.ServerLog.errorsSince(log), "no error, no stack trace");
        assertTrue(fr.ent.sesame.testing.ServerLog.linesSince(log).stream()
                .anyMatch(l -> l.contains("Bad request refused")));
    }

    @Test
    void sessionCookie_isHttpOnly_andSameSiteLax() {
        HttpResponse<String> response = FacesForm.signIn(new Http(), "jdupont", "Tilleul-Ecorce-42");

        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertFalse(response.body().contains("jsessionid="), "session id never in URLs");
    }

    @Test
    void anonymousPages_openNoSession_andTheirFormsCarryACookieToken() {
        for (String path : List.of(
                "/",
                "/connexion.xhtml",
                "/assistance/",
                "/assistance/question.xhtml",
                "/assistance/adresse.xhtml",
                "/assistance/qui-suis-je.xhtml",
                "/assistance/activer.xhtml",
                "/assistance/nouveau-mot-de-passe.xhtml",
                "/connexion.xhtml")) {
            HttpResponse<String> response = new Http().get(path);

            assertTrue(
                    response.statusCode() == 200 || response.statusCode() == 302, path + " " + response.statusCode());
            assertEquals(
                    List.of(),
                    response.headers().allValues("Set-Cookie").stream()
                            .filter(c -> c.startsWith("JSESSIONID="))
                            .toList(),
                    path + " opened a session");
        }
        HttpResponse<String> form = new Http().get("/assistance/adresse.xhtml");
        String token = form.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("sesame-form="))
                .findFirst()
                .orElseThrow();
        assertTrue(token.contains("HttpOnly") && token.contains("SameSite=Lax"), token);
        assertTrue(
                form.body()
                        .contains("name=\"sesame-form\" value=\""
                                + token.substring("sesame-form=".length(), token.indexOf(';')) + "\""),
                "the form carries the cookie's value");
    }

    @Test
    void aFormSentByGet_changesNothing_andItsFieldsAreNotCarriedOn() {
        Http http = new Http();
        String page = http.get("/connexion.xhtml").body();
        String token = page.replaceAll("(?s).*name=\"sesame-form\" value=\"([^\"]+)\".*", "$1");
        String query = "signin=signin&signin%3Aidentifier=jdupont&signin%3Apassword=Tilleul-Ecorce-42&signin%3Asubmit="
                + "&jakarta.faces.ViewState=" + FacesForm.viewStateOf(page) + "&primefaces.nonce="
                + FacesForm.nonceOf(page)
                + "&sesame-form=" + token;

        HttpResponse<String> response = http.get("/connexion.xhtml?" + query);

        assertEquals(302, response.statusCode(), response.body());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/connexion.xhtml?expired=true"), location);
        assertEquals(302, http.get("/mon-compte/index.xhtml").statusCode(), "the GET signed nobody in");
        // The same fields sent by POST do sign in.
        assertEquals(
                302,
                FacesForm.post(
                                http,
                                "/connexion.xhtml",
                                page,
                                "signin",
                                Map.of("identifier", "jdupont", "password", "Tilleul-Ecorce-42"),
                                "submit")
                        .statusCode());
    }

    @Test
    void anonymousForm_postedFromAnotherSite_withoutTheCookiesToken_changesNothing() {
        String linksSent = "select count(*) from audit_event where event_type = 'RESET_LINK_SENT'";
        int before = Integer.parseInt(TestDatabase.text(linksSent));
        // Another site can make the browser post the form, with any field it likes, but the browser sends no
        // SameSite=Lax cookie along with it, and that site can neither read nor set this one.
        Http victim = new Http();
        String page = new Http().get("/assistance/adresse.xhtml").body();
        Map<String, String> fields = Map.of("identifier", "jdupont", "address", "jeanne.dupont@example.org");

        HttpResponse<String> noCookie = FacesForm.post(
                victim,
                "/assistance/adresse.xhtml",
                "email",
                FacesForm.viewStateOf(page),
                FacesForm.nonceOf(page),
                fields,
                "submit",
                Map.of(FacesForm.FORM_TOKEN_FIELD, "forged-by-the-other-site"));
        victim.get("/connexion.xhtml");
        HttpResponse<String> otherValue = FacesForm.post(
                victim,
                "/assistance/adresse.xhtml",
                "email",
                FacesForm.viewStateOf(page),
                FacesForm.nonceOf(page),
                fields,
                "submit",
                Map.of(FacesForm.FORM_TOKEN_FIELD, "forged-by-the-other-site"));

        for (HttpResponse<String> refused : List.of(noCookie, otherValue)) {
            assertEquals(302, refused.statusCode(), refused.body());
            assertTrue(refused.headers()
                    .firstValue("Location")
                    .orElseThrow()
                    .endsWith("/assistance/adresse.xhtml?expired=true"));
        }
        assertEquals(before, Integer.parseInt(TestDatabase.text(linksSent)), "no link was sent");
        // The same form, from the page itself, goes through.
        Http person = new Http();
        String own = person.get("/assistance/adresse.xhtml").body();
        HttpResponse<String> sent = FacesForm.post(person, "/assistance/adresse.xhtml", own, "email", fields, "submit");
        assertEquals(200, sent.statusCode(), sent.body());
        assertTrue(sent.body().contains("id=\"sent\""), sent.body());
        assertEquals(before + 1, Integer.parseInt(TestDatabase.text(linksSent)));
        TestDatabase.clearCounters();
        TestDatabase.clearOutbox();
    }

    @Test
    void monCompte_isNeverServedToAnAnonymousVisitor() {
        HttpResponse<String> response = new Http().get("/mon-compte/index.xhtml");

        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/sesame/connexion.xhtml"));
        assertFalse(response.body().contains("overview"));
    }

    @Test
    void signIn_givesTheSessionANewId() {
        Http http = new Http();
        String before = sessionIdSetBy(http.get("/mon-compte/index.xhtml")).orElseThrow();

        HttpResponse<String> signedIn = FacesForm.signIn(http, "jdupont", "Tilleul-Ecorce-42");

        assertEquals(302, signedIn.statusCode());
        String after = sessionIdSetBy(signedIn).orElseThrow(() -> new AssertionError("no new session cookie"));
        assertNotEquals(before, after);
        assertEquals(200, http.get("/mon-compte/index.xhtml").statusCode());
    }

    @Test
    void unknownPage_isFriendly_withAReference_andNoStackTrace() {
        HttpResponse<String> response = new Http().get("/nulle-part.xhtml");

        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Page introuvable"), response.body());
        assertTrue(response.body().matches("(?s).*référence au support : [A-Z2-9]{4}-[A-Z2-9]{4}.*"), response.body());
        assertFalse(response.body().contains("Exception"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"/WEB-INF/web.xml", "/WEB-INF/templates/ent.xhtml", "/web-inf/web.xml", "/META-INF/MANIFEST.MF"})
    void templatesAndConfiguration_areNotServed_andTheAnswerIsSesamesOwnPage(String path) {
        HttpResponse<String> response = new Http().get(path);

        assertEquals(404, response.statusCode());
        assertTrue(
                response.body().contains("Page introuvable"),
                "in the frame, not the container's bare page: " + response.body());
        assertFalse(response.body().contains("<web-app"), "nothing of the file");
        assertEquals(Optional.of("DENY"), response.headers().firstValue("X-Frame-Options"));
        assertEquals(Optional.of("no-store"), response.headers().firstValue("Cache-Control"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DELETE", "PUT", "PATCH", "OPTIONS"})
    void aMethodPagesDoNotTake_is405_inTheFrame_inThePersonsLanguage(String method) {
        HttpResponse<String> response = new Http()
                .send(java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create(SesameDeployment.baseUrl() + "/connexion.xhtml"))
                        .method(method, java.net.http.HttpRequest.BodyPublishers.ofString("x=1"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", "sesame-lang=en")
                        .build());

        assertEquals(405, response.statusCode(), response.body());
        assertEquals(Optional.of("GET, HEAD, POST"), response.headers().firstValue("Allow"));
        assertTrue(response.body().contains("lang=\"en\"") && response.body().contains("Bad request"), response.body());
        assertTrue(response.body().contains("class=\"ent-footer\""), "in the frame");
    }

    @Test
    void overLongPassword_getsAMessage_notAnError() {
        Http http = new Http();
        String page = http.get("/connexion.xhtml").body();

        HttpResponse<String> response = FacesForm.post(
                http,
                "/connexion.xhtml",
                page,
                "signin",
                Map.of("identifier", "jdupont", "password", "p".repeat(5000)),
                "submit");

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().matches("(?s).*Mot de passe : 1.024 caractères au maximum\\..*"), response.body());
        assertFalse(response.body().contains("Exception"));
    }

    @Test
    void overLongIdentifier_isRefusedWithTheFieldNamed_neverCutToAnotherOne() {
        Http http = new Http();
        String page = http.get("/connexion.xhtml").body();
        assertTrue(page.contains("maxlength=\"64\""), "the browser is told the limit too");

        // Cut at 64 characters and trimmed, this would be "pmartin" and sign in.
        HttpResponse<String> response = FacesForm.post(
                http,
                "/connexion.xhtml",
                page,
                "signin",
                Map.of("identifier", "pmartin" + " ".repeat(57) + "x".repeat(650), "password", "Cathedrale-Rose-1439"),
                "submit");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("Identifiant : 64 caractères au maximum.", FacesForm.firstError(response));
    }

    @Test
    void overLongAddress_isRefused_neverCutToADifferentAddressThatGetsAMail() {
        Http http = new Http();
        String page = http.get("/assistance/adresse.xhtml").body();
        String address = "jeanne.dupont@example.org" + "x".repeat(230); // 255 characters

        HttpResponse<String> response = FacesForm.post(
                http,
                "/assistance/adresse.xhtml",
                page,
                "email",
                Map.of("identifier", "jdupont", "address", address),
                "submit");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(
                "Votre adresse électronique personnelle : 254 caractères au maximum.", FacesForm.firstError(response));
    }

    @Test
    void overLongAnswer_isRefused_neverCutBeforeHashing() {
        HttpResponse<String> response = FacesForm.answerQuestion(
                new Http(), "jdupont", "childhood-street", "Rue du Vieux-Marché-aux-Vins" + " ".repeat(200) + "x");

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(
                FacesForm.firstError(response).endsWith(": 200 caractères au maximum."),
                FacesForm.firstError(response));
    }

    @Test
    void expiredPage_sendsBackToAFreshPage_withAMessage() {
        Http http = new Http();
        String page = http.get("/connexion.xhtml").body();

        HttpResponse<String> response = FacesForm.post(
                http,
                "/connexion.xhtml",
                "signin",
                "-123:456",
                FacesForm.nonceOf(page),
                Map.of("identifier", "jdupont", "password", "Tilleul-Ecorce-42"),
                "submit");

        assertEquals(302, response.statusCode());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/connexion.xhtml?expired=true"), location);
        HttpResponse<String> fresh = http.get("/connexion.xhtml?expired=true");
        assertEquals(200, fresh.statusCode());
        assertTrue(fresh.body().contains("La page avait expiré"), fresh.body());
        assertEquals(302, http.get("/mon-compte/index.xhtml").statusCode(), "the expired post signed nobody in");
    }

    @Test
    void formPostedWithoutItsPageNonce_isSentBackToAFreshPage() {
        Http http = new Http();
        String page = http.get("/connexion.xhtml").body();

        HttpResponse<String> response = FacesForm.post(
                http,
                "/connexion.xhtml",
                "signin",
                FacesForm.viewStateOf(page),
                null,
                Map.of("identifier", "jdupont", "password", "pas-le-bon"),
                "submit");

        assertEquals(302, response.statusCode(), response.body());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/connexion.xhtml?expired=true"), location);
    }

    @Test
    void doubleSubmit_ofTheSameForm_isHandledCalmly() {
        Http http = new Http();
        String page = http.get("/connexion.xhtml").body();
        Map<String, String> wrong = Map.of("identifier", "jdupont", "password", "pas-le-bon-mot-de-passe");

        List<Integer> statuses = List.of(
                FacesForm.post(http, "/connexion.xhtml", page, "signin", wrong, "submit")
                        .statusCode(),
                FacesForm.post(http, "/connexion.xhtml", page, "signin", wrong, "submit")
                        .statusCode());

        assertEquals(List.of(200, 200), statuses);
    }

    private static Optional<String> sessionIdSetBy(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';')))
                .findFirst();
    }
}
