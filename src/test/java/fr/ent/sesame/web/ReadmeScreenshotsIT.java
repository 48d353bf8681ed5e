package fr.ent.sesame.web;

import fr.ent.sesame.testing.BrowserSession;
import fr.ent.sesame.testing.DemoAccountGuard;
import fr.ent.sesame.testing.SesameDeployment;
import fr.ent.sesame.testing.pages.ActivationPages;
import fr.ent.sesame.testing.pages.SignInPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Not a test: redraws the screenshots of the README and the admin guide from the running application, at
 * desktop and phone width, so they show what people see today. Runs only when asked:
 * {@code ./mvnw verify -Dit.test=ReadmeScreenshotsIT -Dsesame.screenshots=$PWD/docs/images}
 * (docs/developing.md, "Screenshots").
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "sesame.screenshots", matches = ".+")
class ReadmeScreenshotsIT {

    private static final int DESKTOP = 1024;
    private static final int PHONE = 360;

    @RegisterExtension
    static BrowserSession browserSession = new BrowserSession();

    @RegisterExtension
    DemoAccountGuard ebernardGuard = new DemoAccountGuard("ebernard");

    @Deployment(testable = false)
    static WebArchive sesame() {
        return SesameDeployment.war();
    }

    @Test
    void drawTheDocsScreenshots() throws IOException {
        WebDriver browser = browserSession.driver();
        for (int width : new int[] {DESKTOP, PHONE}) {
            String suffix = width == PHONE ? "-telephone" : "";
            shoot(browser, width, "/connexion.xhtml", "connexion" + suffix);
            shoot(browser, width, "/assistance/index.xhtml", "assistance" + suffix);
            shoot(browser, width, "/assistance/question.xhtml", "question" + suffix);
            SignInPage.open(browser).signIn("jdupont", "Tilleul-Ecorce-42");
            shoot(browser, width, "/mon-compte/index.xhtml", "mon-compte" + suffix);
            if (width == DESKTOP) {
                browser.get(SesameDeployment.baseUrl() + "/mon-compte/mot-de-passe.xhtml");
                browser.findElement(org.openqa.selenium.By.id("change-password:password"))
                        .sendKeys("Glycine-Bleue");
                sleep();
                save(browser, width, "mot-de-passe");
            }
            browser.manage().deleteAllCookies();
            ActivationPages activation = ActivationPages.fromAssistance(browser);
            activation.identify("22104567", "17/05/2006");
            activation.typeCode("K7PX-42QE");
            save(browser, width, "activation" + suffix);
            browser.manage().deleteAllCookies();
        }
    }

    private static void shoot(WebDriver browser, int width, String page, String name) throws IOException {
        browser.manage().window().setSize(new Dimension(width, 800));
        browser.get(SesameDeployment.baseUrl() + page);
        save(browser, width, name);
    }

    /** The whole page: the window is made as tall as the page before the picture. */
    private static void save(WebDriver browser, int width, String name) throws IOException {
        long height = ((Number)
                        ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight"))
                .longValue();
        browser.manage().window().setSize(new Dimension(width, (int) Math.min(height, 2400)));
        sleep();
        Path into = Path.of(System.getProperty("sesame.screenshots"));
        Files.createDirectories(into);
        Files.write(into.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new Dimension(width, 800));
    }

    /** Lets the page settle (the rules' live check, a resize's new layout) before the picture. */
    private static void sleep() {
        try {
            Thread.sleep(600);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
