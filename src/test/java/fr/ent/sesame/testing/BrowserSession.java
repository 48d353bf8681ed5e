package fr.ent.sesame.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/**
 * One browser for a test class, signed out (no cookies) before each test:
 * {@code @RegisterExtension static BrowserSession browser = new BrowserSession();}
 */
public final class BrowserSession implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private WebDriver driver;

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        driver = Browser.open();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        driver.manage().deleteAllCookies();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
    }
}
