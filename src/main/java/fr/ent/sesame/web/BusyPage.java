package fr.ent.sesame.web;

import fr.ent.sesame.kernel.TemplateSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * "Busy, try again" as a page of its own, without Faces: what a post gets when the service turns it away
 * before doing any work for it. Status 503 with {@code Retry-After}, in the person's language, with a link
 * back to the form they sent.
 */
@ApplicationScoped
public class BusyPage {

    /** Seconds a client (or a proxy) is asked to wait before sending again. */
    static final int RETRY_AFTER_SECONDS = 5;

    private static final TemplateSet TEMPLATES = new TemplateSet("web", Optional.empty());

    /**
     * Rendered once as the application starts: the first busy pages come many at once, in a rush, and
     * FreeMarker's first use brings up its logging, which complains on stderr when several threads race there.
     */
    void warmUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
        html(Locale.FRENCH, "/");
    }

    public void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale language = LanguageChoice.of(request);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html(language, request.getRequestURI()));
    }

    static String html(Locale language, String formUri) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                "messages",
                language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        return TEMPLATES.render(
                "busy.html.ftlh",
                Map.of(
                        "language", language.getLanguage(),
                        "title", bundle.getString("service.busy.title"),
                        "text", bundle.getString("service.busy"),
                        "back", bundle.getString("service.busy.back"),
                        "formUri", formUri));
    }
}
