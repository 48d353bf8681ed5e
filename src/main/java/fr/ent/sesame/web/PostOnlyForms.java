package fr.ent.sesame.web;

import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Only POST changes state. Faces takes any request carrying a view state for a form sent back, GET
 * included; a form's fields in a URL (a password among them) end up in proxy logs and browser history.
 * Such a GET is refused before Faces applies anything: the page comes back fresh, without the URL's
 * parameters, with the "page expired" notice.
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class PostOnlyForms extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())
                && request.getParameter(ResponseStateManager.VIEW_STATE_PARAM) != null) {
            FreshPage.sendBack(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
