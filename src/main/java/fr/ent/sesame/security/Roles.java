package fr.ent.sesame.security;

import fr.ent.sesame.kernel.Identifier;
import fr.ent.sesame.settings.OidcSettings;
import fr.ent.sesame.settings.Settings;
import java.util.Set;
import java.util.TreeSet;

public final class Roles {

    /** Every signed-in member of the university. */
    public static final String MEMBER = "member";

    /** The support desk: may look people up and act for them (sesame.support.agents). */
    public static final String SUPPORT = "support";

    /** The support desk's narrower role: may only look (sesame.support.readonly-agents). */
    public static final String SUPPORT_READONLY = "support-readonly";

    private Roles() {}

    /**
     * The roles of a person who just signed in: every member's, plus the support roles IT gives by identifier
     * in the settings or, in ldap mode, by membership of the directory groups the settings name
     * ({@code memberOfGroup} answers for a group DN). Read at sign-in, so a change counts from the person's
     * next sign-in.
     */
    public static Set<String> of(
            Identifier identifier, Settings settings, java.util.function.Predicate<String> memberOfGroup) {
        return of(
                identifier,
                settings,
                settings.ldapSupportGroup().filter(memberOfGroup).isPresent(),
                settings.ldapSupportReadonlyGroup().filter(memberOfGroup).isPresent());
    }

    /**
     * The roles of a person signed in through the single sign-on: as above, the groups being those the
     * identity provider listed in its groups claim (sesame.oidc.support-group / support-readonly-group).
     */
    public static Set<String> fromClaims(Identifier identifier, Settings settings, Set<String> claimedGroups) {
        OidcSettings oidc = settings.oidc();
        return of(
                identifier,
                settings,
                oidc.supportGroup().filter(claimedGroups::contains).isPresent(),
                oidc.supportReadonlyGroup().filter(claimedGroups::contains).isPresent());
    }

    private static Set<String> of(
            Identifier identifier, Settings settings, boolean inSupportGroup, boolean inReadonlyGroup) {
        Set<String> roles = new TreeSet<>(Set.of(MEMBER));
        if (settings.supportAgents().contains(identifier) || inSupportGroup) {
            roles.add(SUPPORT);
        }
        if (settings.supportReadonlyAgents().contains(identifier) || inReadonlyGroup) {
            roles.add(SUPPORT_READONLY);
        }
        return Set.copyOf(roles);
    }
}
