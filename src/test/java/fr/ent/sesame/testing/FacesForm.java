package fr.ent.sesame.testing;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Posts a Faces form the way a browser would, to test what the server does with odd input. */
public final class FacesForm {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"sesame-form\" value=\"([^\"]+)\"");

    private FacesForm() {}

    public static String viewStateOf(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            throw new AssertionError("No Faces view state in the page");
        }
        return m.group(1);
    }

    /** The per-page nonce PrimeFaces' script adds to every post in CSP mode. */
    public static String nonceOf(String html) {
        Matcher m = NONCE.matcher(html);
        if (!m.find()) {
            throw new AssertionError("No PrimeFaces CSP nonce in the page");
        }
        return m.group(1);
    }

    /** Posts {@code fields} of form {@code formId} of {@code page} (the HTML served at {@code path}), as a browser would. */
    public static HttpResponse<String> post(
            Http http, String path, String page, String formId, Map<String, String> fields, String submitButton) {
        Matcher token = FORM_TOKEN.matcher(page);
        Map<String, String> withToken = new LinkedHashMap<>();
        if (token.find()) {
            withToken.put(FORM_TOKEN_FIELD, token.group(1));
        }
        return post(http, path, formId, viewStateOf(page), nonceOf(page), fields, submitButton, withToken);
    }

    /** The token a stateless page's form carries (the same as its cookie). */
    public static String formTokenOf(String page) {
        Matcher token = FORM_TOKEN.matcher(page);
        if (!token.find()) {
            throw new AssertionError("No form token in the page:\n" + page);
        }
        return token.group(1);
    }

    /** The field a stateless page's form carries beside the cookie of the same name. */
    public static final String FORM_TOKEN_FIELD = "sesame-form";

    /** Posts with the given view state and nonce (either may be stale or forged), and no form token. */
    public static HttpResponse<String> post(
            Http http,
            String path,
            String formId,
            String viewState,
            String nonce,
            Map<String, String> fields,
            String submitButton) {
        return post(http, path, formId, viewState, nonce, fields, submitButton, Map.of());
    }

    /** Posts with the given view state, nonce and extra top-level fields (a form token, forged or not). */
    public static HttpResponse<String> post(
            Http http,
            String path,
            String formId,
            String viewState,
            String nonce,
            Map<String, String> fields,
            String submitButton,
            Map<String, String> extra) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put(formId, formId);
        fields.forEach((name, value) -> body.put(formId + ":" + name, value));
        body.put(formId + ":" + submitButton, "");
        body.put("jakarta.faces.ViewState", viewState);
        if (nonce != null) {
            body.put("primefaces.nonce", nonce);
        }
        body.putAll(extra);
        String encoded = body.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(http.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded))
                .build());
    }

    private static final Pattern FIRST_ERROR = Pattern.compile("ui-messages-error-summary\">([^<]*)<");

    /** The first error message the page shows, as a person reads it; fails when there is none. */
    public static String firstError(HttpResponse<String> response) {
        Matcher m = FIRST_ERROR.matcher(response.body());
        if (!m.find()) {
            throw new AssertionError("No error message in the page:\n" + response.body());
        }
        return m.group(1).replace("&#39;", "'");
    }

    /**
     * Opens the page and sends its form by its submit button with these fields, as a browser would (the view
     * state and tokens from the page just read). A query in {@code path} opens the page; the form posts
     * without it.
     */
    public static HttpResponse<String> submit(Http http, String path, String formId, Map<String, String> fields) {
        String page = http.get(path).body();
        String formPath = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return post(http, formPath, page, formId, fields, "submit");
    }

    /** Procedure 1's first step, sent: the identifier, the question chosen and the answer. */
    public static HttpResponse<String> answerQuestion(Http http, String identifier, String questionId, String answer) {
        return submit(
                http,
                "/assistance/question.xhtml",
                "question",
                Map.of("identifier", identifier, "questionId", questionId, "answer", answer));
    }

    /** Signs in through the real form; returns the response to the sign-in post. */
    public static HttpResponse<String> signIn(Http http, String identifier, String password) {
        String page = http.get("/connexion.xhtml").body();
        return post(
                http,
                "/connexion.xhtml",
                page,
                "signin",
                Map.of("identifier", identifier, "password", password),
                "submit");
    }
}
