package fr.ent.sesame.testing.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every page of the ENT frame has: a heading, the language switch, messages. */
public class EntPage {

    protected final WebDriver browser;

    public EntPage(WebDriver browser) {
        this.browser = browser;
    }

    public String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    public String language() {
        return browser.findElement(By.tagName("html")).getAttribute("lang");
    }

    public void switchToEnglish() {
        click(By.id("lang-en"));
        waitUntilLanguage("en");
    }

    public void switchToFrench() {
        click(By.id("lang-fr"));
        waitUntilLanguage("fr");
    }

    /** Messages shown to the person (error or confirmation), as read on the page. */
    public List<String> messages() {
        return browser
                .findElements(By.cssSelector(".ui-messages li, [role=alert]:not(.ui-messages), [role=status]"))
                .stream()
                .map(WebElement::getText)
                .filter(text -> !text.isBlank())
                .toList();
    }

    /** Presses Enter where the focus is (submitting its form), and waits for the next page. */
    public void pressEnterInFocusedField() {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
        waitUntilGone(page);
    }

    /** Clicks something that loads a new page, and waits until the old one is gone. */
    protected void click(By locator) {
        settle();
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(locator).click();
        waitUntilGone(page);
    }

    /**
     * Waits until the old page is replaced. While a page navigates, chromedriver may answer "node does not
     * belong to the document" instead of "stale element": both mean the old page is gone.
     */
    private void waitUntilGone(WebElement page) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            } catch (org.openqa.selenium.WebDriverException navigating) {
                return navigating.getMessage() != null
                        && navigating.getMessage().contains("does not belong to the document");
            }
        });
    }

    /** Types into a field once the page has stopped changing (live checks answer while one types). */
    protected void type(By field, String text) {
        settle();
        WebElement input = browser.findElement(field);
        input.clear();
        input.sendKeys(text);
        settle();
    }

    /**
     * Types a new password, whose rules are checked live 300 ms after the last key (p:ajax delay): waits for
     * that check to be sent and answered before going on. Without the wait a click could fall while the
     * delayed check was still only a timer, and the page it redraws could swallow the click (seen once in CI).
     */
    protected void typeNewPassword(By field, String text) {
        type(field, text);
        try {
            Thread.sleep(400);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        settle();
    }

    /**
     * Waits until the page is loaded and PrimeFaces has no Ajax request under way, as a person waits for
     * the page to react before clicking on.
     */
    protected void settle() {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(driver -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver)
                        .executeScript("return document.readyState === 'complete'"
                                + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
                                + " && (!window.jQuery || jQuery.active === 0);")));
    }

    private void waitUntilLanguage(String tag) {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(driver ->
                        tag.equals(driver.findElement(By.tagName("html")).getAttribute("lang")));
    }
}
