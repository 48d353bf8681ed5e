package fr.ent.sesame.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class CachedResourcesTest {

    private final CachedResources.Found<Object> found = new CachedResources.Found<>();
    private final AtomicInteger lookUps = new AtomicInteger();

    private Supplier<Object> lookUp(Object result) {
        return () -> {
            lookUps.incrementAndGet();
            return result;
        };
    }

    private static CachedResources.Key key(String name) {
        return new CachedResources.Key(name, "sesame", null);
    }

    @Test
    void aResourceFound_isLookedUpOnce_andTheSameOneServedAfter() {
        Object css = new Object();
        assertSame(css, found.get(key("sesame.css"), true, lookUp(css)));
        assertSame(css, found.get(key("sesame.css"), true, lookUp(new Object())));
        assertEquals(1, lookUps.get());
    }

    @Test
    void theLibraryAndContentType_tellResourcesApart() {
        Object ours = new Object();
        Object theirs = new Object();
        found.get(new CachedResources.Key("x.js", "sesame", null), true, lookUp(ours));
        assertSame(theirs, found.get(new CachedResources.Key("x.js", "primefaces", null), true, lookUp(theirs)));
        assertSame(
                theirs, found.get(new CachedResources.Key("x.js", "sesame", "text/javascript"), true, lookUp(theirs)));
        assertEquals(3, lookUps.get());
    }

    @Test
    void aResourceNotFound_isAskedForEachTime_andNeverKept() {
        assertNull(found.get(key("missing.xhtml"), true, lookUp(null)));
        assertNull(found.get(key("missing.xhtml"), true, lookUp(null)));
        assertEquals(2, lookUps.get());
        Object later = new Object();
        assertSame(later, found.get(key("missing.xhtml"), true, lookUp(later)));
    }

    @Test
    void outsideProduction_orWhileServingTheResourceItself_everyLookUpGoesToFaces() {
        Object css = new Object();
        found.get(key("sesame.css"), false, lookUp(css));
        found.get(key("sesame.css"), false, lookUp(css));
        assertEquals(2, lookUps.get());
    }

    @Test
    void pastTheBound_resourcesAreLookedUpAsBefore() {
        for (int i = 0; i < CachedResources.MOST; i++) {
            found.get(key("r" + i), true, lookUp(new Object()));
        }
        found.get(key("one-too-many"), true, lookUp(new Object()));
        found.get(key("one-too-many"), true, lookUp(new Object()));
        assertEquals(CachedResources.MOST + 2, lookUps.get());
        found.get(key("r0"), true, lookUp(new Object()));
        assertEquals(CachedResources.MOST + 2, lookUps.get());
    }
}
