package fr.ent.sesame.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The language switch: a link with {@code ?lang=en} (or {@code fr}) stores the choice in a cookie that
 * every later page reads. Nothing else is accepted as a language.
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class LanguageChoice extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String PARAMETER = "lang";
    static final String COOKIE = "sesame-lang";
    private static final String CHOSEN_NOW = LanguageChoice.class.getName();
    private static final Duration KEPT = Duration.ofDays(365);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String asked = "GET".equals(request.getMethod()) ? request.getParameter(PARAMETER) : null;
        if (supported(asked).isPresent()) {
            SiteCookies.set(request, response, COOKIE, asked, Optional.of(KEPT));
            request.setAttribute(CHOSEN_NOW, asked);
        }
        chain.doFilter(request, response);
    }

    /** The language of this request: chosen just now, else the cookie's, else French. */
    public static Locale of(HttpServletRequest request) {
        Optional<String> chosen = Optional.ofNullable((String) request.getAttribute(CHOSEN_NOW))
                .or(() -> SiteCookies.valueOf(request, COOKIE));
        return chosen.flatMap(LanguageChoice::supported).orElse(Locale.FRENCH);
    }

    private static Optional<Locale> supported(String tag) {
        return "en".equals(tag)
                ? Optional.of(Locale.ENGLISH)
                : "fr".equals(tag) ? Optional.of(Locale.FRENCH) : Optional.empty();
    }
}
