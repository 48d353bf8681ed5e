package fr.ent.sesame.kernel;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Who is asking, as a service needs to know it: the client's address (audit, per-address limits), the
 * language the answer and its mails are in, and the browser session for the limits counted per session.
 * The web layer makes one per request ({@code web.Requests.requester()}); services take it instead of a
 * string, a locale and a session id passed one by one.
 *
 * <p>The session is asked for only when a service needs it: getting its id creates one, and most
 * requests (a sign-in page, a mailed link) must not open a session for nothing.
 */
public record Requester(String clientAddress, Locale locale, Supplier<String> session) {

    public Requester {
        Objects.requireNonNull(clientAddress, "clientAddress");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(session, "session");
    }

    /** The browser session's id, the session created if there was none yet. */
    public String sessionId() {
        return session.get();
    }

    /** A requester outside any browser session (a servlet answering a redirect, a batch job). */
    public static Requester withoutSession(String clientAddress, Locale locale) {
        return new Requester(clientAddress, locale, () -> {
            throw new IllegalStateException("no browser session here");
        });
    }
}
