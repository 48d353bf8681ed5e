package fr.ent.sesame.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Plain HTTP with a cookie jar and no automatic redirects, to see exactly what the server answers. One jar
 * may reach several cluster nodes ({@link #on}), as a browser behind a load balancer does.
 */
public final class Http {

    private final HttpClient client;
    private final String baseUrl;

    public Http() {
        this(new CookieManager());
    }

    private Http(CookieManager cookies) {
        this(
                HttpClient.newBuilder()
                        .cookieHandler(cookies)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(Duration.ofSeconds(10))
                        .build(),
                SesameDeployment.baseUrl());
    }

    private Http(HttpClient client, String baseUrl) {
        this.client = client;
        this.baseUrl = baseUrl;
    }

    /** The same browser (same cookies) talking to Sésame at another address: another node of the cluster. */
    public Http on(String otherBaseUrl) {
        return new Http(client, otherBaseUrl);
    }

    /** The value of the cookie this browser holds under {@code name}, if any. */
    public java.util.Optional<String> cookie(String name) {
        return client.cookieHandler().map(CookieManager.class::cast).stream()
                .flatMap(manager -> manager.getCookieStore().getCookies().stream())
                .filter(cookie -> cookie.getName().equals(name))
                .map(java.net.HttpCookie::getValue)
                .findFirst();
    }

    /**
     * A browser on this machine as Chromium is one: it sends cookies marked Secure to http://localhost,
     * which it counts as a secure origin (Keycloak in dev mode marks its cookies Secure even over http).
     */
    public static Http treatingLocalhostAsSecure() {
        java.net.CookieStore store = new CookieManager().getCookieStore();
        java.net.CookieStore keepingSecureCookiesForLocalhost = new java.net.CookieStore() {
            @Override
            public void add(URI uri, java.net.HttpCookie cookie) {
                if ("localhost".equals(uri.getHost())) {
                    cookie.setSecure(false);
                }
                store.add(uri, cookie);
            }

            @Override
            public java.util.List<java.net.HttpCookie> get(URI uri) {
                return store.get(uri);
            }

            @Override
            public java.util.List<java.net.HttpCookie> getCookies() {
                return store.getCookies();
            }

            @Override
            public java.util.List<URI> getURIs() {
                return store.getURIs();
            }

            @Override
            public boolean remove(URI uri, java.net.HttpCookie cookie) {
                return store.remove(uri, cookie);
            }

            @Override
            public boolean removeAll() {
                return store.removeAll();
            }
        };
        return new Http(
                new CookieManager(keepingSecureCookiesForLocalhost, java.net.CookiePolicy.ACCEPT_ORIGINAL_SERVER));
    }

    /** A browser whose only cookie is this session id: one planted, stolen, or just issued to someone else. */
    public static Http holdingSession(String sessionId) {
        CookieManager cookies = new CookieManager();
        String baseUrl = SesameDeployment.baseUrl();
        java.net.HttpCookie session = new java.net.HttpCookie("JSESSIONID", sessionId);
        session.setPath(URI.create(baseUrl).getPath()); // as the server sets it: the application's path
        session.setVersion(0);
        cookies.getCookieStore().add(URI.create(baseUrl), session);
        return new Http(cookies);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public HttpResponse<String> get(String pathUnderSesame) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + pathUnderSesame))
                .GET()
                .build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
