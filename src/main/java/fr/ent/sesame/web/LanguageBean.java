package fr.ent.sesame.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of the pages: French first, English on request. The choice travels in a cookie, not in an
 * HTTP session, so reading a page never creates a session, and it outlives signing out.
 */
@Named("language")
@RequestScoped
public class LanguageBean {

    @Inject
    HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = LanguageChoice.of(request);
        }
        return locale;
    }

    public String getTag() {
        return getLocale().getLanguage();
    }

    public boolean isFrench() {
        return Locale.FRENCH.equals(getLocale());
    }

    /** This very page (its parameters kept) in the other language: a plain link, so a GET. */
    public String getSwitchUrl() {
        String other = isFrench() ? "en" : "fr";
        String query = Optional.ofNullable(request.getQueryString())
                .orElse("")
                .replaceAll("(^|&)" + LanguageChoice.PARAMETER + "=[^&]*", "");
        String kept = query.startsWith("&") ? query.substring(1) : query;
        return request.getRequestURI() + "?" + (kept.isEmpty() ? "" : kept + "&") + LanguageChoice.PARAMETER + "="
                + other;
    }
}
