package fr.ent.sesame.web;

import fr.ent.sesame.kernel.Secrets;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.Optional;

/**
 * What tells one browser from another for per-browser counters, without opening a session for it: the
 * session when it has one, otherwise the token every stateless form carries in its cookie (a form posted
 * without that cookie is refused before it gets here). Counters keep only a hash of it.
 */
public final class BrowserKey {

    /** The cookie that carries a stateless form's token (the web layer's FormTokens sets it). */
    public static final String FORM_COOKIE = FormTokens.COOKIE;

    private BrowserKey() {}

    public static String of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String key = session != null
                ? "session:" + session.getId()
                : "form:"
                        + Optional.ofNullable(request.getCookies()).stream()
                                .flatMap(Arrays::stream)
                                .filter(cookie -> FORM_COOKIE.equals(cookie.getName()))
                                .map(Cookie::getValue)
                                .findFirst()
                                .orElse("");
        return Secrets.sha256Hex(key);
    }
}
