package fr.ent.sesame.web;

import fr.ent.sesame.settings.Settings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** What the ENT layout shows that comes from the settings: the institution, support, which procedures exist. */
@Named("ent")
@RequestScoped
public class EntFrame {

    @Inject
    Settings settings;

    public String getInstitutionName() {
        return settings.institutionName();
    }

    /** The frame's colours as CSS custom properties: the institution's, and its darker shade for hover. */
    public String getThemeStyle() {
        var colour = settings.themeColour();
        return ":root { --ent-colour: " + colour.hex() + "; --ent-colour-dark: " + colour.darker() + "; }";
    }

    public String getLogoUrl() {
        return settings.institutionLogoUrl().orElse(null);
    }

    public boolean isQuestionProcedureOpen() {
        return settings.questionProcedureEnabled();
    }

    public boolean isEmailProcedureOpen() {
        return settings.emailProcedureEnabled();
    }

    public boolean isActivationOpen() {
        return settings.activationEnabled();
    }

    public boolean isRecoveryOpen() {
        return settings.recoveryEnabled();
    }

    /** Single sign-on (sesame.sign-in=oidc): the sign-in page offers the university's, not a password form. */
    public boolean isSingleSignOn() {
        return settings.signInMode() == fr.ent.sesame.settings.SignInMode.OIDC;
    }

    public String getSupportContact() {
        return settings.supportContact();
    }

    public String getSupportUrl() {
        return settings.supportUrl();
    }

    /** none, partial or full: the footer's and the statement's words come from it. */
    public String getAccessibilityStatus() {
        return settings.accessibilityStatus();
    }

    public String getAccessibilityStatementDate() {
        return settings.accessibilityStatementDate();
    }

    public java.util.List<String> getAccessibilityGaps() {
        return settings.accessibilityGaps();
    }

    public String getAccessibilityAudit() {
        return settings.accessibilityAudit().orElse(null);
    }
}
