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
 * Only in the Production stage, as Mojarra's own cache, only while a page renders, and only what is
 * found: a page nobody ships, asked for by a visitor, is asked of Mojarra each time and never kept. What
 * is kept is therefore the application's own files; the bound is there all the same, and past it lookups
 * go on as before.
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
                new Key(resourceName, null, null),
                remembers(),
                () -> getWrapped().createResource(resourceName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return resources.get(
                new Key(resourceName, libraryName, null),
                remembers(),
                () -> getWrapped().createResource(resourceName, libraryName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return resources.get(
                new Key(resourceName, libraryName, contentType),
                remembers(),
                () -> getWrapped().createResource(resourceName, libraryName, contentType));
    }

    /** The pages, templates and includes Facelets reads (it caches their compiled form itself). */
    @Override
    public ViewResource createViewResource(FacesContext context, String resourceName) {
        return views.get(
                new Key(resourceName, null, null),
                remembers(),
                () -> getWrapped().createViewResource(context, resourceName));
    }

    /**
     * Only while a page renders, in the Production stage. A request for the resource itself (the browser
     * fetching the style sheet) gets a fresh one: Mojarra fills a resource's response headers into the
     * resource while it serves it, which must not happen to one that concurrent requests share.
     */
    private boolean remembers() {
        FacesContext context = FacesContext.getCurrentInstance();
        // No request while the application starts (resources looked up then are not kept either).
        return context.isProjectStage(ProjectStage.Production)
                && context.getExternalContext().getRequest() != null
                && !getWrapped().isResourceRequest(context);
    }

    static final class Found<R> {

        private final Map<Key, R> found = new ConcurrentHashMap<>();

        R get(Key key, boolean remembers, Supplier<R> lookUp) {
            if (key.name() == null || !remembers) {
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
