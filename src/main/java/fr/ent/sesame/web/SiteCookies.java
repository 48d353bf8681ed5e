package fr.ent.sesame.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The cookies Sésame sets besides the session's, all alike: this application's path, never read by scripts,
 * Secure behind HTTPS, and SameSite=Lax so another site's POST never carries them.
 */
final class SiteCookies {

    private SiteCookies() {}

    static Optional<String> valueOf(HttpServletRequest request, String name) {
        return Optional.ofNullable(request.getCookies()).stream()
                .flatMap(Arrays::stream)
                .filter(c -> name.equals(c.getName()))
                .map(Cookie::getValue)
                .filter(value -> !value.isEmpty())
                .findFirst();
    }

    /** A cookie kept for {@code kept}, or for the browser's session when empty. */
    static void set(
            HttpServletRequest request,
            HttpServletResponse response,
            String name,
            String value,
            Optional<Duration> kept) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        kept.ifPresent(duration -> cookie.setMaxAge((int) duration.toSeconds()));
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
