package fr.ent.sesame.password;

import fr.ent.sesame.settings.DirectoryMode;
import fr.ent.sesame.settings.Settings;
import fr.ent.sesame.web.BusyPage;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Procedure 1's answer and, in database mode, the sign-in hash on every post. When the hashing slots and
 * their line are full, such a post would end as "busy, try again" only after Faces had rebuilt, checked and
 * rendered the whole page; in a start-of-term rush those pages took the CPU the hashes under way needed
 * (docs/performance.md). Here the post gets that answer before any of it, as a light page. Faces' partial
 * requests go on: their answer must be one Faces can read.
 */
@WebFilter(
        urlPatterns = {BusyBeforeHashingFilter.SIGN_IN, BusyBeforeHashingFilter.QUESTION},
        asyncSupported = true)
public class BusyBeforeHashingFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String SIGN_IN = "/connexion.xhtml";
    static final String QUESTION = "/assistance/question.xhtml";

    @Inject
    PasswordHashing hashing;

    @Inject
    Settings settings;

    @Inject
    BusyPage busyPage;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod())
                && request.getHeader("Faces-Request") == null
                && hashesHere(request.getServletPath())
                && hashing.turnsAwayNow()) {
            busyPage.send(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** In ldap mode the directory checks the password at sign-in: no slot is taken for it here. */
    private boolean hashesHere(String page) {
        return QUESTION.equals(page) || settings.directoryMode() == DirectoryMode.DATABASE;
    }
}
