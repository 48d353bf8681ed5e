package fr.ent.sesame.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A refused form: the same page again, without the request's parameters, with the "page expired" notice. */
final class FreshPage {

    private FreshPage() {}

    static void sendBack(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getRequestURI() + "?expired=true");
    }
}
