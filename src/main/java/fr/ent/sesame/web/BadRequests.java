package fr.ent.sesame.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * A request whose parameters cannot be read — more than the server's limit (Undertow's
 * {@code max-parameters}, 1000 by default), a malformed body — gets Sésame's "bad request" page with
 * status 400, and the log one line without a stack trace: such requests come by the thousand from
 * scanners, and a trace each would flood the log. A method pages do not take (PUT, DELETE, OPTIONS,
 * PATCH…) gets the same page with status 405 and {@code Allow}. Declared first in web.xml, right after the security
 * headers, so that nothing else reads parameters before.
 */
public class BadRequests extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger("sesame.web");
    static final String PAGE = "/erreurs/requete-invalide.xhtml";

    /** What a browser sends to a page: reading it, and sending back its form. Anything else is answered 405. */
    static final List<String> ALLOWED_METHODS = List.of("GET", "HEAD", "POST");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!ALLOWED_METHODS.contains(request.getMethod())) {
            // Faces would draw the page for a DELETE or a PUT as for a GET; a PATCH got an empty 400.
            response.setHeader("Allow", String.join(", ", ALLOWED_METHODS));
            response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            request.getRequestDispatcher(PAGE).forward(new WithoutParameters(request), response);
            return;
        }
        try {
            request.setCharacterEncoding("UTF-8");
            request.getParameterMap();
        } catch (RuntimeException unreadable) { // Undertow wraps its ParameterLimitException, an IOException
            LOG.info(() -> "Bad request refused: " + request.getMethod() + " " + request.getRequestURI() + " client="
                    + ClientAddress.of(request) + ": "
                    + rootOf(unreadable).getClass().getSimpleName());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            request.getRequestDispatcher(PAGE).forward(new WithoutParameters(request), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The cause's kind only: a parser's message may quote a parameter's value, a password among them. */
    private static Throwable rootOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root;
    }

    /** The request as the error page sees it: a plain GET with nothing to read. */
    private static final class WithoutParameters extends HttpServletRequestWrapper {

        WithoutParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
