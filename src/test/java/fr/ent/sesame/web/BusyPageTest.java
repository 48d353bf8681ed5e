package fr.ent.sesame.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class BusyPageTest {

    @Test
    void inFrench_withTheBundlesTextAndALinkBackToTheForm() {
        String page = BusyPage.html(Locale.FRENCH, "/sesame/connexion.xhtml");
        assertTrue(page.contains("<html lang=\"fr\">"), page);
        assertTrue(page.contains("<title>Service très sollicité</title>"), page);
        assertTrue(
                page.contains(
                        "<p role=\"alert\">Le service est très sollicité. Merci de réessayer dans un instant.</p>"),
                page);
        assertTrue(page.contains("<a href=\"/sesame/connexion.xhtml\">Revenir au formulaire</a>"), page);
    }

    @Test
    void inEnglish() {
        String page = BusyPage.html(Locale.ENGLISH, "/sesame/assistance/question.xhtml");
        assertTrue(page.contains("<html lang=\"en\">"), page);
        assertTrue(page.contains("The service is very busy. Please try again in a moment."), page);
        assertTrue(page.contains(">Back to the form</a>"), page);
    }

    @Test
    void theAddressIsEscaped() {
        String page = BusyPage.html(Locale.FRENCH, "/sesame/connexion.xhtml\"><script>alert(1)</script>");
        assertFalse(page.contains("<script>"), page);
        assertTrue(page.contains("&quot;&gt;&lt;script&gt;"), page);
    }
}
