package fr.ent.sesame.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium driven by Debian's chromedriver; nothing is downloaded. Without them a developer's
 * run skips the browser journeys with a message, but CI (CI=true) fails: a missing browser must never
 * pass for a green build.
 */
public final class Browser {

    private Browser() {}

    public static WebDriver open() {
        File driver = new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
        File chrome = new File(System.getProperty("sesame.it.chrome", "/usr/bin/chromium"));
        boolean present = driver.canExecute() && chrome.canExecute();
        if (!present) {
            String why = "Browser journeys need " + chrome + " and " + driver
                    + " (Debian packages chromium and chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(why + ": missing in CI");
            }
            Assumptions.abort(why + ": skipped here");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chrome);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1024,900",
                "--lang=fr",
                "--user-data-dir=" + profileDirectory());
        ChromeDriverService service =
                new ChromeDriverService.Builder().usingDriverExecutable(driver).build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return browser;
    }

    private static String profileDirectory() {
        try {
            return Files.createTempDirectory("sesame-chromium").toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
