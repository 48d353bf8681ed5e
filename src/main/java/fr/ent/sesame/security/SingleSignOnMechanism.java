package fr.ent.sesame.security;

import fr.ent.sesame.web.ClientAddress;
import fr.ent.sesame.web.LanguageChoice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Sign-in through the university's single sign-on (sesame.sign-in=oidc; {@link SignInModeExtension} keeps
 * exactly one of this and the form's {@link SignInMechanism}). A protected page asked for anonymously sends
 * the person to the identity provider; its answer comes back to {@code /oidc/retour}, where it is checked
 * ({@link IdentityProvider}) and the person admitted or not ({@link SingleSignOn}); then
 * {@link SingleSignOnReturnServlet} opens the page first asked for. The session carries the sign-in from then on
 * ({@code @AutoApplySession}), as with the form.
 */
@AutoApplySession
@ApplicationScoped
public class SingleSignOnMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger("sesame.security");

    /** The path the identity provider sends the person back to (registered there as the redirect URI). */
    public static final String RETURN_PATH = "/oidc/retour";

    /** Session attribute: the sign-ins sent to the provider and not back yet, by state. */
    static final String PENDING = "sesame.oidc.pending";

    /** Session attribute: the ID token, the hint RP-initiated logout gives the provider. */
    public static final String ID_TOKEN = "sesame.oidc.idToken";

    /** Request attribute: the page to open once signed in (read by {@link SingleSignOnReturnServlet}). */
    static final String THEN_OPEN = "sesame.oidc.thenOpen";

    /** More tabs than this signing in at once in one browser: the oldest pending sign-in is forgotten. */
    private static final int MAX_PENDING = 5;

    @Inject
    IdentityProvider provider;

    @Inject
    SingleSignOn singleSignOn;

    @Inject
    Clock clock;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (request.getRequestURI().equals(request.getContextPath() + RETURN_PATH)) {
            return complete(request, context);
        }
        if (context.isProtected()) {
            return begin(request, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus begin(HttpServletRequest request, HttpMessageContext context) {
        String query = request.getQueryString();
        String returnTo = request.getRequestURI() + (query == null ? "" : "?" + query);
        IdentityProvider.Authorization authorization;
        try {
            authorization = provider.begin(returnTo, LanguageChoice.of(request));
        } catch (IdentityProviderUnavailable e) {
            LOG.warning(() -> "Single sign-on unavailable: " + SingleSignOn.oneLine(e.getMessage()));
            return context.redirect(request.getContextPath() + "/connexion-impossible.xhtml?raison=indisponible");
        }
        HttpSession session = request.getSession(true);
        // Two tabs starting at the same instant may lose one pending sign-in: that tab's answer is then
        // refused and the person tries again, which costs less than a lock on every sign-in.
        Map<String, PendingSignIn> pending = pendingIn(session);
        while (pending.size() >= MAX_PENDING) {
            pending.remove(pending.keySet().iterator().next());
        }
        pending.put(authorization.pending().state(), authorization.pending());
        session.setAttribute(PENDING, pending); // set again, so a cluster replicates the change
        return context.redirect(authorization.uri().toString());
    }

    private AuthenticationStatus complete(HttpServletRequest request, HttpMessageContext context) {
        String clientAddress = ClientAddress.of(request);
        Optional<PendingSignIn> pending = takePending(request);
        if (pending.isEmpty()) {
            // No sign-in was started with this state in this browser: a forged, replayed or stale answer.
            singleSignOn.failed(clientAddress, "no pending sign-in with this state");
            return refused(request, context, "echec");
        }
        URI answer;
        try {
            answer = answerUri(request);
        } catch (IllegalArgumentException e) {
            singleSignOn.failed(clientAddress, "unreadable answer address");
            return refused(request, context, "echec");
        }
        IdentityProvider.SignedIn signedIn;
        try {
            signedIn = provider.complete(answer, pending.get());
        } catch (SingleSignOnRefused e) {
            LOG.info(() -> "Single sign-on answer refused: " + SingleSignOn.oneLine(e.getMessage()));
            singleSignOn.failed(clientAddress, e.getMessage());
            return refused(request, context, "echec");
        } catch (IdentityProviderUnavailable e) {
            LOG.warning(() -> "Single sign-on unavailable: " + SingleSignOn.oneLine(e.getMessage()));
            return refused(request, context, "indisponible");
        }
        Optional<SingleSignOn.Admitted> admitted =
                singleSignOn.admit(signedIn.identifier(), signedIn.groups(), clientAddress);
        if (admitted.isEmpty()) {
            return refused(request, context, "compte");
        }
        // The session that waited for the provider must not become the signed-in one under the same id.
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.setAttribute(SessionFreshnessFilter.SIGNED_IN_AT, clock.instant());
        session.setAttribute(ID_TOKEN, signedIn.idToken());
        request.setAttribute(THEN_OPEN, pending.get().returnTo());
        return context.notifyContainerAboutLogin(
                admitted.get().identifier().value(), admitted.get().roles());
    }

    private static AuthenticationStatus refused(HttpServletRequest request, HttpMessageContext context, String why) {
        return context.redirect(request.getContextPath() + "/connexion-impossible.xhtml?raison=" + why);
    }

    /** The pending sign-in the answer's state names, taken out of the session so it serves once. */
    private static Optional<PendingSignIn> takePending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String state = request.getParameter("state");
        if (session == null || state == null) {
            return Optional.empty();
        }
        Map<String, PendingSignIn> pending = pendingIn(session);
        PendingSignIn taken = pending.remove(state);
        session.setAttribute(PENDING, pending);
        return Optional.ofNullable(taken);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, PendingSignIn> pendingIn(HttpSession session) {
        Object kept = session.getAttribute(PENDING);
        return kept instanceof LinkedHashMap<?, ?> map
                ? (LinkedHashMap<String, PendingSignIn>) map
                : new LinkedHashMap<>();
    }

    /**
     * The address the provider sent the browser to: the registered redirect URI with this request's query.
     *
     * @throws IllegalArgumentException when the query is not a valid URI query
     */
    private URI answerUri(HttpServletRequest request) {
        String query = request.getQueryString();
        return URI.create(provider.redirectUri() + (query == null ? "" : "?" + query));
    }
}
