package fr.ent.sesame.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.langtag.LangTag;
import com.nimbusds.langtag.LangTagException;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.claims.ClaimsSet;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import fr.ent.sesame.settings.OidcSettings;
import fr.ent.sesame.settings.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * The OpenID Connect relying party's side of the conversation with the university's identity provider:
 * the authorization code flow with PKCE (S256), state and nonce; the code exchanged with the client secret;
 * the ID token's signature (keys from the provider's JWK set), issuer, audience, expiry and nonce checked;
 * the identifier and groups read from its claims (or from UserInfo when the ID token lacks them); and
 * RP-initiated logout. The protocol work is the Nimbus OAuth 2.0 / OpenID Connect SDK's; what is Sésame's is
 * which checks are made and what is kept. Holds no database connection.
 */
@ApplicationScoped
public class IdentityProvider {

    /** How long the provider's discovery document is trusted before it is read again. */
    private static final Duration METADATA_LIFETIME = Duration.ofHours(1);

    /** How long a person may take on the provider's page before the pending sign-in expires. */
    private static final Duration PENDING_LIFETIME = Duration.ofMinutes(15);

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    private final AtomicReference<Discovered> discovered = new AtomicReference<>();

    /** Where to send the person to sign in, and what to remember until they come back. */
    public record Authorization(URI uri, PendingSignIn pending) {}

    /** Who came back: the identifier claimed, the groups listed, and the ID token (kept for sign-out). */
    public record SignedIn(String identifier, Set<String> groups, String idToken) {}

    /**
     * Starts a sign-in.
     *
     * @param returnTo the page asked for, a path under the server's root
     * @throws IdentityProviderUnavailable when the provider's discovery document cannot be read
     */
    public Authorization begin(String returnTo, Locale locale) {
        OidcSettings oidc = settings.oidc();
        OIDCProviderMetadata metadata = provider(oidc).metadata();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        AuthenticationRequest.Builder request = new AuthenticationRequest.Builder(
                        ResponseType.CODE, Scope.parse(oidc.scope()), new ClientID(oidc.clientId()), oidc.redirectUri())
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256);
        try {
            request.uiLocales(List.of(LangTag.parse(locale.toLanguageTag())));
        } catch (LangTagException e) {
            // The provider then shows its own default language.
        }
        return new Authorization(
                request.build().toURI(),
                new PendingSignIn(state.getValue(), nonce.getValue(), verifier.getValue(), returnTo, clock.instant()));
    }

    /**
     * Checks the provider's answer and exchanges its code.
     *
     * @param answer the address the browser came back to, with its query (code, state, iss or an error)
     * @throws SingleSignOnRefused when anything in the answer, the exchange or the ID token is not right
     * @throws IdentityProviderUnavailable when the provider does not answer the exchange in time
     */
    public SignedIn complete(URI answer, PendingSignIn pending) {
        OidcSettings oidc = settings.oidc();
        Discovered provider = provider(oidc);
        if (clock.instant().isAfter(pending.startedAt().plus(PENDING_LIFETIME))) {
            throw new SingleSignOnRefused("the sign-in started more than " + PENDING_LIFETIME + " ago");
        }
        AuthenticationSuccessResponse success = successOf(answer, pending, provider.metadata());
        TokenRequest exchange = new TokenRequest.Builder(
                        provider.metadata().getTokenEndpointURI(),
                        new ClientSecretBasic(new ClientID(oidc.clientId()), new Secret(oidc.clientSecret())),
                        new AuthorizationCodeGrant(
                                success.getAuthorizationCode(),
                                oidc.redirectUri(),
                                new CodeVerifier(pending.codeVerifier())))
                .build();
        OIDCTokenResponse tokens = tokensFrom(send(exchange.toHTTPRequest(), oidc), "token exchange");
        JWT idToken = tokens.getOIDCTokens().getIDToken();
        IDTokenClaimsSet claims;
        try {
            claims = provider.validator().validate(idToken, new Nonce(pending.nonce()));
        } catch (BadJOSEException | JOSEException e) {
            throw new SingleSignOnRefused("ID token refused: " + e.getMessage(), e);
        }
        ClaimsSet identity = claims;
        if (claims.getClaim(oidc.identifierClaim()) == null) {
            identity = userInfo(provider.metadata(), tokens.getOIDCTokens().getBearerAccessToken(), claims, oidc);
        }
        String identifier = identity.getStringClaim(oidc.identifierClaim());
        if (identifier == null || identifier.isBlank()) {
            throw new SingleSignOnRefused("no " + oidc.identifierClaim() + " claim for subject " + claims.getSubject());
        }
        Object groups = claims.getClaim(oidc.groupsClaim()) != null
                ? claims.getClaim(oidc.groupsClaim())
                : identity.getClaim(oidc.groupsClaim());
        return new SignedIn(identifier, groupNames(groups), idToken.serialize());
    }

    /** The address the provider sends people back to (to register there). */
    public URI redirectUri() {
        return settings.oidc().redirectUri();
    }

    /**
     * The provider's address that ends its session too and sends the person back to Sésame's signed-out
     * page; empty when the provider offers no such address (then only Sésame's session ends).
     */
    public Optional<URI> endSession(String idToken) {
        OidcSettings oidc = settings.oidc();
        URI endpoint;
        try {
            endpoint = provider(oidc).metadata().getEndSessionEndpointURI();
        } catch (IdentityProviderUnavailable e) {
            return Optional.empty();
        }
        if (endpoint == null) {
            return Optional.empty();
        }
        JWT hint = null;
        if (idToken != null) {
            try {
                hint = JWTParser.parse(idToken);
            } catch (java.text.ParseException e) {
                hint = null;
            }
        }
        return Optional.of(
                new LogoutRequest(endpoint, hint, null, new ClientID(oidc.clientId()), oidc.postLogoutUri(), null, null)
                        .toURI());
    }

    private static AuthenticationSuccessResponse successOf(
            URI answer, PendingSignIn pending, OIDCProviderMetadata metadata) {
        AuthenticationResponse response;
        try {
            response = AuthenticationResponseParser.parse(answer);
        } catch (ParseException e) {
            throw new SingleSignOnRefused("unreadable answer: " + e.getMessage(), e);
        }
        if (response.getState() == null || !response.getState().getValue().equals(pending.state())) {
            throw new SingleSignOnRefused("the answer's state is not the one sent");
        }
        if (response instanceof AuthenticationErrorResponse error) {
            throw new SingleSignOnRefused(
                    "the provider answered " + error.getErrorObject().getCode() + ": "
                            + error.getErrorObject().getDescription());
        }
        AuthenticationSuccessResponse success = response.toSuccessResponse();
        // RFC 9207: where the provider names itself, it must be the one asked (no mix-up between providers).
        if (success.getIssuer() != null && !success.getIssuer().equals(metadata.getIssuer())) {
            throw new SingleSignOnRefused("the answer comes from issuer " + success.getIssuer());
        }
        AuthorizationCode code = success.getAuthorizationCode();
        if (code == null) {
            throw new SingleSignOnRefused("the answer has no code");
        }
        return success;
    }

    private static OIDCTokenResponse tokensFrom(com.nimbusds.oauth2.sdk.http.HTTPResponse http, String what) {
        TokenResponse response;
        try {
            response = OIDCTokenResponseParser.parse(http);
        } catch (ParseException e) {
            throw new SingleSignOnRefused(what + ": unreadable answer: " + e.getMessage(), e);
        }
        if (!response.indicatesSuccess()) {
            throw new SingleSignOnRefused(what + " refused: "
                    + response.toErrorResponse().getErrorObject().getCode() + " "
                    + response.toErrorResponse().getErrorObject().getDescription());
        }
        return (OIDCTokenResponse) response.toSuccessResponse();
    }

    private ClaimsSet userInfo(
            OIDCProviderMetadata metadata, BearerAccessToken accessToken, IDTokenClaimsSet claims, OidcSettings oidc) {
        if (metadata.getUserInfoEndpointURI() == null || accessToken == null) {
            return claims;
        }
        UserInfoResponse response;
        try {
            response = UserInfoResponse.parse(
                    send(new UserInfoRequest(metadata.getUserInfoEndpointURI(), accessToken).toHTTPRequest(), oidc));
        } catch (ParseException e) {
            throw new SingleSignOnRefused("UserInfo: unreadable answer: " + e.getMessage(), e);
        }
        if (!response.indicatesSuccess()) {
            throw new SingleSignOnRefused("UserInfo refused: "
                    + response.toErrorResponse().getErrorObject().getCode());
        }
        var info = response.toSuccessResponse().getUserInfo();
        if (!claims.getSubject().equals(info.getSubject())) {
            throw new SingleSignOnRefused("UserInfo is about another subject");
        }
        return info;
    }

    private static Set<String> groupNames(Object claim) {
        if (claim instanceof Collection<?> names) {
            return names.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
        }
        return claim == null ? Set.of() : Set.of(String.valueOf(claim));
    }

    private static com.nimbusds.oauth2.sdk.http.HTTPResponse send(HTTPRequest request, OidcSettings oidc) {
        int millis = (int) Math.min(Integer.MAX_VALUE, oidc.timeout().toMillis());
        request.setConnectTimeout(millis);
        request.setReadTimeout(millis);
        try {
            return request.send();
        } catch (IOException e) {
            throw new IdentityProviderUnavailable("the identity provider did not answer: " + e.getMessage(), e);
        }
    }

    /** The provider's discovery document and the validator built on its keys, read again after an hour. */
    private Discovered provider(OidcSettings oidc) {
        Discovered known = discovered.get();
        String key = oidc.issuer() + " " + oidc.clientId();
        if (known != null
                && known.key().equals(key)
                && clock.instant().isBefore(known.readAt().plus(METADATA_LIFETIME))) {
            return known;
        }
        int millis = (int) Math.min(Integer.MAX_VALUE, oidc.timeout().toMillis());
        try {
            OIDCProviderMetadata metadata =
                    OIDCProviderMetadata.resolve(new Issuer(oidc.issuer().toString()), millis, millis);
            IDTokenValidator validator = new IDTokenValidator(
                    metadata.getIssuer(),
                    new ClientID(oidc.clientId()),
                    JWSAlgorithm.RS256,
                    metadata.getJWKSetURI().toURL(),
                    new DefaultResourceRetriever(millis, millis));
            Discovered fresh = new Discovered(key, metadata, validator, clock.instant());
            discovered.set(fresh);
            return fresh;
        } catch (GeneralException | IOException e) {
            if (known != null && known.key().equals(key)) {
                return known; // the provider is briefly away: what it said an hour ago still holds
            }
            throw new IdentityProviderUnavailable("discovery of " + oidc.issuer() + " failed: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IdentityProviderUnavailable("discovery of " + oidc.issuer() + " failed: " + e.getMessage(), e);
        }
    }

    private record Discovered(String key, OIDCProviderMetadata metadata, IDTokenValidator validator, Instant readAt) {}
}
