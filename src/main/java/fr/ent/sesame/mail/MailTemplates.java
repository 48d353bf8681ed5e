package fr.ent.sesame.mail;

import fr.ent.sesame.kernel.TemplateSet;
import fr.ent.sesame.settings.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Renders a mail from {@code mail/<lang>/<name>.txt.ftl} and {@code <name>.html.ftlh} (HTML escaped
 * automatically), looked for first in the directory {@code sesame.mail.templates-dir}, then in the WAR.
 * The subject is {@code mail.<name>.subject} in the messages bundle.
 */
@ApplicationScoped
public class MailTemplates {

    public record RenderedMail(String subject, String text, String html) {}

    @Inject
    Settings settings;

    private volatile TemplateSet templates;

    public RenderedMail render(String name, Locale locale, Map<String, Object> model) {
        TemplateSet set = templates();
        String language = locale.getLanguage();
        ResourceBundle bundle = ResourceBundle.getBundle("messages", locale);
        return new RenderedMail(
                bundle.getString("mail." + name + ".subject"),
                set.render(language + "/" + name + ".txt.ftl", model),
                set.render(language + "/" + name + ".html.ftlh", model));
    }

    private TemplateSet templates() {
        TemplateSet set = TemplateSet.forDirectory(templates, "mail", settings.mailTemplatesDirectory());
        templates = set;
        return set;
    }
}
