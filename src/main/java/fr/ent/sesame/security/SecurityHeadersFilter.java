package fr.ent.sesame.security;

import fr.ent.sesame.settings.InvalidSetting;
import fr.ent.sesame.settings.Settings;
import fr.ent.sesame.settings.SignInMode;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers of security.md on every response. Pages are never cached: every page of Sésame shows or
 * takes account data. Scripts are limited by the second policy PrimeFaces adds in CSP mode (a nonce
 * per response); a browser enforces both. Where people reach Sésame over HTTPS (its public address says
 * so), browsers are told to use nothing else for a year (HSTS).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'none'; form-action 'self'";

    static final String HSTS = "max-age=31536000";

    @Inject
    Settings settings;

    /**
     * With single sign-on, signing out is a form whose answer sends the browser on to the identity provider
     * (RP-initiated logout): form-action must allow that one other origin, or the browser stops there.
     */
    private String policy() {
        try {
            if (settings.signInMode() != SignInMode.OIDC) {
                return POLICY;
            }
            return settings.oidcIssuer()
                    .map(issuer -> POLICY + " " + issuer.getScheme() + "://" + issuer.getRawAuthority())
                    .orElse(POLICY);
        } catch (InvalidSetting wrongSinceDeployment) {
            // The page that reports the wrong setting still gets its headers; the strict policy is the safe one.
            return POLICY;
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policy());
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (settings.publicUrl().startsWith("https://")) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
