package fr.ent.sesame.security;

import fr.ent.sesame.kernel.Identifier;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;

/**
 * Ends a signed-in session whose account got a new password after it signed in (a reset, or a change
 * made in another session): the person is sent to sign in again.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class SessionFreshnessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Session attribute: when this session signed in. */
    public static final String SIGNED_IN_AT = "sesame.signedInAt";

    @Inject
    SessionValidity validity;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (request.getUserPrincipal() != null
                && session != null
                && !validity.isStillValid(
                        new Identifier(request.getUserPrincipal().getName()),
                        (Instant) session.getAttribute(SIGNED_IN_AT))) {
            request.logout();
            session.invalidate();
            response.sendRedirect(request.getContextPath() + "/connexion.xhtml?ended=true");
            return;
        }
        chain.doFilter(request, response);
    }
}
