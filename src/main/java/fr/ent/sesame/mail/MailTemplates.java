package fr.ent.sesame.mail;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.ent.sesame.settings.Settings;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * Renders a mail from {@code mail/<lang>/<name>.txt.ftl} and {@code <name>.html.ftlh} (HTML escaped
 * automatically), looked for first in the directory {@code sesame.mail.templates-dir}, then in the WAR.
 * The subject is {@code mail.<name>.subject} in the messages bundle.
 */
@ApplicationScoped
public class MailTemplates {

    public record RenderedMail(String subject, String text, String html) {
    }

    @Inject
    Settings settings;

    private volatile Configuration configuration;
    private volatile Optional<Path> configuredFor;

    public RenderedMail render(String name, Locale locale, Map<String, Object> model) {
        Configuration freemarker = configuration();
        String language = locale.getLanguage();
        ResourceBundle bundle = ResourceBundle.getBundle("messages", locale);
        return new RenderedMail(bundle.getString("mail." + name + ".subject"),
                process(freemarker, language + "/" + name + ".txt.ftl", model),
                process(freemarker, language + "/" + name + ".html.ftlh", model));
    }

    private static String process(Configuration freemarker, String template, Map<String, Object> model) {
        try {
            StringWriter out = new StringWriter();
            freemarker.getTemplate(template).process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("Mail template " + template + " failed", e);
        }
    }

    private Configuration configuration() {
        Optional<Path> directory = settings.mailTemplatesDirectory();
        if (configuration == null || !directory.equals(configuredFor)) {
            Configuration fresh = new Configuration(Configuration.VERSION_2_3_34);
            fresh.setDefaultEncoding("UTF-8");
            fresh.setLocalizedLookup(false);
            fresh.setRecognizeStandardFileExtensions(true);
            fresh.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
            fresh.setLogTemplateExceptions(false);
            fresh.setTemplateLoader(loader(directory));
            configuration = fresh;
            configuredFor = directory;
        }
        return configuration;
    }

    private static TemplateLoader loader(Optional<Path> directory) {
        TemplateLoader builtIn = new ClassTemplateLoader(MailTemplates.class.getClassLoader(), "mail");
        if (directory.isEmpty()) {
            return builtIn;
        }
        try {
            return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(directory.get().toFile()), builtIn});
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read sesame.mail.templates-dir " + directory.get(), e);
        }
    }
}
