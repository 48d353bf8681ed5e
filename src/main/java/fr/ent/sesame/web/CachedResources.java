package fr.ent.sesame.web;

import jakarta.faces.application.ProjectStage;
import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Remembers the style sheets, scripts and images a page links to, and the pages and templates Facelets
 * reads, once found. Mojarra caches what it finds under the locale prefix it was found with, but looks it
 * up under the message bundle's {@code jakarta.faces.resource.localePrefix} ({@code fr} or {@code en}, set
 * so that it stops throwing an exception per link). This application has no localized resource folder, so
 * everything is found without a prefix, never found again in Mojarra's cache, and looked up again at every
 * render, listing the application's folders each time: 14 % of Mon compte's CPU and 21 % of the sign-in
 * page's (async-profiler, docs/performance.md). What is found is the same for every page, language and
 * visitor, since nothing is localized; a resource's address is still computed for each request.
 * <p>
 * Only in the Production stage, as Mojarra's own cache, and only what is found: a page nobody ships,
 * asked for by a visitor, is asked of Mojarra each time and never kept. What is kept is therefore the
 * application's own files; the bound is there all the same, and past it lookups go on as before.
 */
public class CachedResources extends ResourceHandlerWrapper {

    /**
     * Far more than the application holds (34 pages and templates, about 15 linked resources); a bound so
     * that nothing can grow it without limit.
     */
    static final int MOST = 256;

    record Key(String name, String library, String contentType) {}

    private final Found<Resource> resources = new Found<>();
    private final Found<ViewResource> views = new Found<>();

    public CachedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName) {
        return resources.get(
                new Key(resourceName, null, null), () -> getWrapped().createResource(resourceName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return resources.get(
                new Key(resourceName, libraryName, null), () -> getWrapped().createResource(resourceName, libraryName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return resources.get(
                new Key(resourceName, libraryName, contentType),
                () -> getWrapped().createResource(resourceName, libraryName, contentType));
    }

    /** The pages, templates and includes Facelets reads (it caches their compiled form itself). */
    @Override
    public ViewResource createViewResource(FacesContext context, String resourceName) {
        return views.get(
                new Key(resourceName, null, null), () -> getWrapped().createViewResource(context, resourceName));
    }

    static final class Found<R> {

        private final Map<Key, R> found = new ConcurrentHashMap<>();

        R get(Key key, Supplier<R> lookUp) {
            return get(key, FacesContext.getCurrentInstance().isProjectStage(ProjectStage.Production), lookUp);
        }

        R get(Key key, boolean production, Supplier<R> lookUp) {
            if (key.name() == null || !production) {
                return lookUp.get();
            }
            R resource = found.get(key);
            if (resource == null) {
                resource = lookUp.get();
                if (resource != null && found.size() < MOST) {
                    found.putIfAbsent(key, resource);
                }
            }
            return resource;
        }
    }
}
