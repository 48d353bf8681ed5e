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
        this(HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build(), SesameDeployment.baseUrl());
    }

    private Http(HttpClient client, String baseUrl) {
        this.client = client;
        this.baseUrl = baseUrl;
    }

    /** The same browser (same cookies) talking to Sésame at another address: another node of the cluster. */
    public Http on(String otherBaseUrl) {
        return new Http(client, otherBaseUrl);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public HttpResponse<String> get(String pathUnderSesame) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + pathUnderSesame)).GET().build());
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
