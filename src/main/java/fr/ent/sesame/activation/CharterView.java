package fr.ent.sesame.activation;

import fr.ent.sesame.kernel.TemplateSet;
import fr.ent.sesame.settings.Settings;
import fr.ent.sesame.web.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Map;

/**
 * The usage charter shown at activation: {@code charter/<lang>/charter.html.ftlh}, which a site replaces from
 * {@code sesame.charter.templates-dir}; its version is the setting {@code sesame.charter.version}.
 */
@Named("charter")
@ApplicationScoped
public class CharterView {

    @Inject
    Settings settings;

    private volatile TemplateSet templates;

    public String getVersion() {
        return settings.charterVersion();
    }

    /** The charter as HTML written by the site (the institution's name in it is escaped by the template). */
    public String getHtml() {
        return html(Requests.locale());
    }

    String html(Locale locale) {
        TemplateSet set = TemplateSet.forDirectory(templates, "charter", settings.charterDirectory());
        templates = set;
        return set.render(
                locale.getLanguage() + "/charter.html.ftlh",
                Map.of(
                        "institution", settings.institutionName(),
                        "version", settings.charterVersion(),
                        "support", settings.supportContact()));
    }
}
