package fr.ent.sesame.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ent.sesame.testing.Axe;
import fr.ent.sesame.testing.BrowserSession;
import fr.ent.sesame.testing.DemoAccountGuard;
import fr.ent.sesame.testing.Http;
import fr.ent.sesame.testing.SesameDeployment;
import fr.ent.sesame.testing.TestDatabase;
import fr.ent.sesame.testing.pages.SignInPage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (WCAG 2.1 A and AA) on Sésame's pages and their error states, in French and English, at desktop
 * and phone width. Every violation found is listed in the failure, page by page.
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityIT {

    private static final List<String> ANONYMOUS_PAGES = List.of(
            "/connexion.xhtml",
            "/assistance/",
            "/assistance/question.xhtml",
            "/assistance/adresse.xhtml",
            "/assistance/qui-suis-je.xhtml",
            "/assistance/activer.xhtml",
            "/assistance/activer-code.xhtml",
            "/erreurs/introuvable.xhtml",
            "/connexion-impossible.xhtml?raison=compte",
            "/connexion-impossible.xhtml?raison=echec",
            "/accessibilite.xhtml");
    /** The anonymous forms, each with its submit button. */
    private static final List<String[]> ANONYMOUS_FORMS = List.of(
            new String[] {"/assistance/question.xhtml", "question:submit"},
            new String[] {"/assistance/adresse.xhtml", "email:submit"},
            new String[] {"/assistance/qui-suis-je.xhtml", "whoami:submit"},
            new String[] {"/assistance/activer.xhtml", "identify:submit"},
            new String[] {"/connexion.xhtml", "signin:submit"});

    private static final List<String> MON_COMPTE = List.of(
            "/mon-compte/index.xhtml",
            "/mon-compte/mot-de-passe.xhtml",
            "/mon-compte/question.xhtml",
            "/mon-compte/adresse.xhtml",
            "/mon-compte/activite.xhtml",
            "/support/reglages.xhtml",
            "/support/index.xhtml",
            "/support/actions.xhtml",
            "/support/courriels.xhtml");

    @RegisterExtension
    static BrowserSession browserSession = new BrowserSession();

    @RegisterExtension
    DemoAccountGuard jdupontGuard = new DemoAccountGuard("jdupont");

    @Deployment(testable = false)
    static WebArchive sesame() {
        return SesameDeployment.war();
    }

    @Test
    void everyFooter_linksTheStatement_whichFollowsTheRgaaModel_withTheInstitutionsFacts() {
        String home = new Http().get("/assistance/").body();
        assertTrue(home.contains("Accessibilité : partiellement conforme"), "the footer says the status");
        assertTrue(new Http().get("/connexion.xhtml?lang=en").body().contains("Accessibility: partially compliant"));

        String statement = new Http().get("/accessibilite.xhtml").body().replace("&#39;", "'");
        for (String section : List.of(
                "État de conformité",
                "Résultats des tests",
                "Contenus non accessibles",
                "Dérogations pour charge disproportionnée",
                "Établissement de cette déclaration d'accessibilité",
                "Retour d'information et contact",
                "Voies de recours")) {
            assertTrue(statement.contains("<h2>" + section + "</h2>"), section);
        }
        assertTrue(statement.contains("Université de Strasbourg s'engage"), "the institution from the settings");
        assertTrue(statement.contains("support@"), "the support contact from the settings");
        assertTrue(statement.contains("Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07"));
    }

    @Test
    void aRefusedForm_saysErrorFirstInTheTitle_andPutsTheFocusOnItsMessages() {
        WebDriver browser = browserSession.driver();
        browser.manage().window().setSize(new Dimension(1280, 900));
        SignInPage.open(browser).signIn("jdupont", "wrong-password-for-the-title");
        assertTrue(browser.getTitle().startsWith("Erreur\u00a0: Connexion"), browser.getTitle());
        assertEquals(
                "signin:messages",
                browser.switchTo().activeElement().getAttribute("id"),
                "the focus is on the messages, where a keyboard user goes on from");

        SignInPage.open(browser);
        assertTrue(browser.getTitle().startsWith("Connexion"), "no error, no prefix: " + browser.getTitle());
        TestDatabase.clearCounters();
    }

    @org.jboss.arquillian.test.api.ArquillianResource
    org.jboss.as.arquillian.container.ManagementClient management;

    @Test
    void theAnonymousPages_andMonCompte_haveNoWcagViolation_inBothLanguages_atBothWidths() throws Exception {
        // jdupont as a support agent here, so Mon compte shows its support section and the support pages are checked.
        try (AutoCloseable agent =
                fr.ent.sesame.testing.ServerSettings.override(management, "sesame.support.agents", "jdupont")) {
            allPages();
        }
    }

    private void allPages() {
        WebDriver browser = browserSession.driver();
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        List<String> found = new ArrayList<>();
        for (String language : List.of("fr", "en")) {
            for (int width : new int[] {1280, 320}) {
                browser.manage().window().setSize(new Dimension(width, 900));
                browser.manage().deleteAllCookies();
                for (String page : ANONYMOUS_PAGES) {
                    String withLanguage = page + (page.contains("?") ? "&" : "?") + "lang=" + language;
                    check(browser, withLanguage, language + " " + width + " " + page, found);
                }
                // Every anonymous form sent empty (each field refused, the question's radio group too), and a
                // business error: procedure 1's wrong answer, tied to its field, with its advice listed.
                for (String[] form : ANONYMOUS_FORMS) {
                    String where = language + " " + width + " " + form[0] + " sent empty";
                    check(browser, form[0] + "?lang=" + language, where, found);
                    browser.findElement(By.id(form[1])).click();
                    found.addAll(prefixed(where, Axe.violations(browser)));
                }
                browser.get(SesameDeployment.baseUrl() + "/assistance/question.xhtml?lang=" + language);
                browser.findElement(By.id("question:identifier")).sendKeys("jdupont");
                browser.findElement(By.cssSelector("label[for='question:questionId:0']"))
                        .click();
                browser.findElement(By.id("question:answer")).sendKeys("pas la bonne rue");
                browser.findElement(By.id("question:submit")).click();
                found.addAll(prefixed(language + " " + width + " wrong answer", Axe.violations(browser)));
                SignInPage.open(browser).signIn("jdupont", "wrong-password-for-axe");
                found.addAll(prefixed(language + " " + width + " sign-in refused", Axe.violations(browser)));
                SignInPage.open(browser).signIn("jdupont", "Tilleul-Ecorce-42");
                for (String page : MON_COMPTE) {
                    check(browser, page, language + " " + width + " " + page, found);
                }
                String account = "/support/personne.xhtml?compte="
                        + TestDatabase.text("select id from account where identifier = 'jdupont'");
                check(browser, account, language + " " + width + " support: an account", found);
                browser.findElement(By.id("act:clear-locks")).click();
                found.addAll(prefixed(language + " " + width + " support: no reason", Axe.violations(browser)));
                check(browser, "/support/index.xhtml", language + " " + width + " support: empty search", found);
                browser.findElement(By.id("search:submit")).click();
                found.addAll(prefixed(language + " " + width + " support: empty search", Axe.violations(browser)));
                check(browser, "/mon-compte/question.xhtml", language + " " + width + " question sent empty", found);
                browser.findElement(By.id("question:submit")).click();
                found.addAll(prefixed(language + " " + width + " question sent empty", Axe.violations(browser)));
                check(browser, "/mon-compte/mot-de-passe.xhtml", language + " " + width + " required error", found);
                browser.findElement(By.id("change-password:submit")).click();
                found.addAll(prefixed(language + " " + width + " required error", Axe.violations(browser)));
                TestDatabase.clearCounters();
            }
        }
        assertEquals(List.of(), found, String.join("\n", found));
    }

    private static void check(WebDriver browser, String path, String where, List<String> found) {
        browser.get(SesameDeployment.baseUrl() + path);
        found.addAll(prefixed(where, Axe.violations(browser)));
    }

    private static List<String> prefixed(String where, List<String> violations) {
        return violations.stream().map(v -> where + ": " + v).toList();
    }
}
