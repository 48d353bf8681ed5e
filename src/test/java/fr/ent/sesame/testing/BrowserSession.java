package fr.ent.sesame.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/**
 * One browser for a test class, signed out (no cookies) before each test:
 * {@code @RegisterExtension static BrowserSession browser = new BrowserSession();}. The browser opens at
 * the first {@link #driver()} call, so without chromium on a developer's machine only the tests that ask
 * for it are skipped; the HTTP-level tests of the same class still run.
 */
public final class BrowserSession implements BeforeEachCallback, AfterAllCallback {

    private WebDriver driver;

    public WebDriver driver() {
        if (driver == null) {
            driver = Browser.open();
        }
        return driver;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (driver != null) {
            driver.manage().deleteAllCookies();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
    }
}
