package fr.ent.sesame.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where the identity provider sends the person back. The answer itself is checked before this runs, by
 * {@link SingleSignOnMechanism}; once the person is signed in, this opens the page they first asked for.
 * Reached any other way (a bookmark, a second visit), it opens Mon compte, which signs in if needed.
 */
@WebServlet(SingleSignOnMechanism.RETURN_PATH)
public class SingleSignOnReturnServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object thenOpen = request.getAttribute(SingleSignOnMechanism.THEN_OPEN);
        // Only a path this server itself recorded from the request that started the sign-in: never an
        // address from the query, so the return cannot be turned into a redirect to another site.
        String target = request.getUserPrincipal() != null
                        && thenOpen instanceof String path
                        && path.startsWith(request.getContextPath() + "/")
                ? path
                : request.getContextPath() + "/mon-compte/index.xhtml";
        response.sendRedirect(target);
    }
}
