package fr.ent.sesame.web;

import fr.ent.sesame.kernel.Secrets;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * CSRF protection of the forms of stateless pages ({@link AnonymousViews}), where no server-side view
 * state can play that part: a random value in a cookie of this site ({@code SameSite=Lax}, so a browser
 * never sends it with another site's POST) and the same value in a hidden field of every form. A stateless
 * form sent without both, or with two different values, is refused before Faces applies anything: the
 * page comes back fresh with the "page expired" notice. No session is needed for this.
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class FormTokens extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String FIELD = "sesame-form";
    /** The cookie that carries a stateless form's token; BrowserKey reads it to tell browsers apart. */
    public static final String COOKIE = "sesame-form";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && request.getCharacterEncoding() == null) {
            // Pages are UTF-8; reading a parameter here would otherwise fix the form's encoding to ISO-8859-1
            // before Faces sets it (it keeps it in the session, which a stateless page does not have).
            request.setCharacterEncoding("UTF-8");
        }
        if ("POST".equals(request.getMethod())
                && AnonymousViews.STATELESS.equals(request.getParameter(ResponseStateManager.VIEW_STATE_PARAM))
                && !sentBoth(request)) {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            } else {
                FreshPage.sendBack(request, response);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean sentBoth(HttpServletRequest request) {
        String field = request.getParameter(FIELD);
        return field != null
                && !field.isEmpty()
                && SiteCookies.valueOf(request, COOKIE)
                        .map(value -> MessageDigest.isEqual(
                                value.getBytes(StandardCharsets.US_ASCII), field.getBytes(StandardCharsets.US_ASCII)))
                        .orElse(false);
    }

    /** The browser's token, given to it now if it has none. */
    static String of(HttpServletRequest request, HttpServletResponse response) {
        String known = (String) request.getAttribute(COOKIE);
        if (known != null) {
            return known;
        }
        String token = SiteCookies.valueOf(request, COOKIE).orElseGet(() -> {
            String issued = Base64.getUrlEncoder().withoutPadding().encodeToString(Secrets.randomBytes(32));
            SiteCookies.set(request, response, COOKIE, issued, Optional.empty());
            return issued;
        });
        request.setAttribute(COOKIE, token);
        return token;
    }

    /** Puts the hidden field into every form of a stateless page, before it is rendered. */
    public static class Fields implements SystemEventListener {

        @Override
        public boolean isListenerForSource(Object source) {
            return source instanceof UIViewRoot;
        }

        @Override
        public void processEvent(SystemEvent event) {
            UIViewRoot view = (UIViewRoot) event.getSource();
            if (view.isTransient()) {
                addTo(view);
            }
        }

        private static void addTo(UIComponent component) {
            if (component instanceof UIForm) {
                if (component.getChildren().stream().noneMatch(Field.class::isInstance)) {
                    component.getChildren().add(new Field());
                }
                return;
            }
            component.getChildren().forEach(Fields::addTo);
        }
    }

    /** The hidden field itself; never part of a saved state. */
    public static class Field extends UIComponentBase {

        public Field() {
            setTransient(true);
        }

        @Override
        public String getFamily() {
            return "fr.ent.sesame.FormToken";
        }

        @Override
        public void encodeBegin(FacesContext context) throws IOException {
            HttpServletRequest request =
                    (HttpServletRequest) context.getExternalContext().getRequest();
            HttpServletResponse response =
                    (HttpServletResponse) context.getExternalContext().getResponse();
            ResponseWriter writer = context.getResponseWriter();
            writer.startElement("input", this);
            writer.writeAttribute("type", "hidden", null);
            writer.writeAttribute("name", FIELD, null);
            writer.writeAttribute("value", of(request, response), null);
            writer.endElement("input");
        }
    }
}
