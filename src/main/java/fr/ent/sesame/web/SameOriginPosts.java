package fr.ent.sesame.web;

import fr.ent.sesame.settings.Settings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Defence in depth beside the view state and the form token: a POST another site's page sends is refused
 * before anything reads it. Browsers say where a request comes from: {@code Sec-Fetch-Site} (all current
 * ones), else {@code Origin}; a request saying "another site" gets the forbidden page. {@code Origin: null}
 * says nothing — Sésame's own pages send it, as their {@code Referrer-Policy: no-referrer} asks — and a
 * request saying nothing (an old browser, a script) is left to the view state and the form token.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SameOriginPosts extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger("sesame.web");

    @Inject
    Settings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && fromAnotherSite(request)) {
            LOG.info(() -> "Cross-site POST refused: " + request.getRequestURI() + " origin="
                    + request.getHeader("Origin") + " client=" + ClientAddress.of(request));
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean fromAnotherSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return "cross-site".equals(site);
        }
        String origin = request.getHeader("Origin");
        if (origin == null || "null".equals(origin)) {
            return false;
        }
        String sent = origin.toLowerCase(Locale.ROOT);
        return !sent.equals(originOf(settings.publicUrl()))
                && !sent.equals(originOf(request.getRequestURL().toString()));
    }

    /** scheme://host[:port], the port left out when it is the scheme's own, as browsers write it. */
    private static String originOf(String url) {
        try {
            URI uri = URI.create(url);
            boolean defaultPort = uri.getPort() == -1
                    || ("http".equals(uri.getScheme()) && uri.getPort() == 80)
                    || ("https".equals(uri.getScheme()) && uri.getPort() == 443);
            return (uri.getScheme() + "://" + uri.getHost() + (defaultPort ? "" : ":" + uri.getPort()))
                    .toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }
}
