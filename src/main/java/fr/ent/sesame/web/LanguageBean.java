package fr.ent.sesame.web;

import java.io.Serializable;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** The language of the pages: French first, English on request, kept for the session. */
@Named("language")
@SessionScoped
public class LanguageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Locale.FRENCH;

    public Locale getLocale() {
        return locale;
    }

    public String getTag() {
        return locale.getLanguage();
    }

    public boolean isFrench() {
        return Locale.FRENCH.equals(locale);
    }

    public String toFrench() {
        return switchTo(Locale.FRENCH);
    }

    public String toEnglish() {
        return switchTo(Locale.ENGLISH);
    }

    private String switchTo(Locale chosen) {
        locale = chosen;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(chosen);
        // Back to the same page by GET, so a reload does not post the form again.
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
