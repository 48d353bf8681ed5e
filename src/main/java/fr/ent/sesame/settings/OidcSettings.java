package fr.ent.sesame.settings;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The single sign-on's settings ({@code sesame.oidc.*}; meaning and defaults in docs/sso.md). The redirect
 * and post-logout addresses are not settings: they follow from {@code sesame.public-url}, so they cannot
 * disagree with the address people use.
 *
 * @param issuer the identity provider's issuer; its discovery document is read at {@code /.well-known/openid-configuration}
 * @param identifierClaim the claim of the ID token (or UserInfo) that holds the person's identifier in Sésame
 * @param groupsClaim the claim listing the person's groups, for the support desk's roles
 */
public record OidcSettings(
        URI issuer,
        String clientId,
        String clientSecret,
        String scope,
        String identifierClaim,
        String groupsClaim,
        Optional<String> supportGroup,
        Optional<String> supportReadonlyGroup,
        Duration timeout,
        URI redirectUri,
        URI postLogoutUri) {

    @Override
    public String toString() {
        // Never the client secret, in a log line or an exception message.
        return "OidcSettings[issuer=" + issuer + ", clientId=" + clientId + ", scope=" + scope + ", identifierClaim="
                + identifierClaim + ", groupsClaim=" + groupsClaim + ", redirectUri=" + redirectUri + "]";
    }
}
