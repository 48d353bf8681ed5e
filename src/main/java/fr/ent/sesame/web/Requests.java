package fr.ent.sesame.web;

import fr.ent.sesame.kernel.Identifier;
import fr.ent.sesame.kernel.Requester;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/** What views' beans pass on to services about the request, from one place. */
public final class Requests {

    private Requests() {}

    /** Who asks: the client's address, the page's language, the session (opened only if a service asks). */
    public static Requester requester() {
        return new Requester(clientAddress(), locale(), Requests::sessionId);
    }

    /** The signed-in person of a Mon dossier page (the container lets nobody else reach one). */
    public static Identifier signedIn() {
        return new Identifier(request().getUserPrincipal().getName());
    }

    public static String clientAddress() {
        return ClientAddress.of(request());
    }

    public static boolean hasSession() {
        return request().getSession(false) != null;
    }

    /** The session id, created if needed: per-session counters need one. */
    public static String sessionId() {
        return request().getSession(true).getId();
    }

    /**
     * Gives the session a new id, keeping its content: called where a session starts being allowed
     * more (a right answer, an activation proof, a reset link accepted), so an id planted before that
     * by someone else opens nothing.
     */
    public static void renewSessionId() {
        HttpServletRequest request = request();
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
    }

    public static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /**
     * Answers the request with an HTTP status and its error page instead of the view (403 for a caller the
     * service refused, 404 for something that does not exist), and ends the Faces life cycle.
     */
    public static void answerWithStatus(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (java.io.IOException clientGone) {
            // The browser left; nothing to answer.
        }
        faces.responseComplete();
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
