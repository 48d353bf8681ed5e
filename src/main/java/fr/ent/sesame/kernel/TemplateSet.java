package fr.ent.sesame.kernel;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * FreeMarker templates shipped in the WAR under one classpath folder, each replaceable by a file of the same
 * relative path in a site directory (so an institution rewords a mail or its charter without a rebuild).
 * {@code .ftlh} templates escape HTML automatically.
 */
public final class TemplateSet {

    private final Configuration configuration;
    private final Optional<Path> siteDirectory;

    public TemplateSet(String classpathFolder, Optional<Path> siteDirectory) {
        this.siteDirectory = siteDirectory;
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setLocalizedLookup(false);
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setTemplateLoader(loader(classpathFolder, siteDirectory));
    }

    /**
     * {@code current} while it was built for this site directory, otherwise a new set: settings are read at use
     * time, so an admin who points the directory elsewhere is followed without a redeployment.
     */
    public static TemplateSet forDirectory(TemplateSet current, String classpathFolder, Optional<Path> siteDirectory) {
        return current != null && current.siteDirectory.equals(siteDirectory)
                ? current
                : new TemplateSet(classpathFolder, siteDirectory);
    }

    public String render(String template, Map<String, ?> model) {
        try {
            StringWriter out = new StringWriter();
            configuration.getTemplate(template).process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("Template " + template + " failed", e);
        }
    }

    private static TemplateLoader loader(String classpathFolder, Optional<Path> directory) {
        TemplateLoader builtIn = new ClassTemplateLoader(TemplateSet.class.getClassLoader(), classpathFolder);
        if (directory.isEmpty()) {
            return builtIn;
        }
        try {
            return new MultiTemplateLoader(
                    new TemplateLoader[] {new FileTemplateLoader(directory.get().toFile()), builtIn});
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the template directory " + directory.get(), e);
        }
    }
}
