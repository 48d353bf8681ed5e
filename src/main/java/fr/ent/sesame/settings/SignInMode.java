package fr.ent.sesame.settings;

import java.util.Locale;

/** How people sign in to Mon dossier ({@code sesame.sign-in}), chosen at deployment. */
public enum SignInMode {

    /** Sésame's own sign-in page, checked against the account store: the default. */
    FORM,

    /** The university's single sign-on, through OpenID Connect (docs/sso.md). */
    OIDC;

    /** The mode a value names; an unknown value is refused with the setting's name. */
    public static SignInMode of(String value) {
        return switch (value == null ? "" : value.strip().toLowerCase(Locale.ROOT)) {
            case "form" -> FORM;
            case "oidc" -> OIDC;
            default -> throw new InvalidSetting("sesame.sign-in", value, "form or oidc");
        };
    }
}
