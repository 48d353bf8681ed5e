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

    /**
     * Messages shown to the person (error or confirmation), as read on the page: each is the message's
     * sentence, without the advice listed under it ({@link #errorSummary()} has both).
     */
    public List<String> messages() {
        return browser
                .findElements(
                        By.cssSelector(
                                ".ui-messages-error-summary, .ui-messages-info-summary, [role=alert]:not(.ui-messages), [role=status]"))
                .stream()
                .map(WebElement::getText)
                .filter(text -> !text.isBlank())
                .toList();
    }

    /** One entry of a refused form's error summary: its id, its text, the advice under it, the field it links to. */
    public record SummaryEntry(String id, String text, List<String> hints, String field) {}

    /** The error summary of a refused form, entry by entry. */
    public List<SummaryEntry> errorSummary() {
        return browser.findElements(By.cssSelector(".ui-messages-error > ul > li")).stream()
                .map(entry -> {
                    List<WebElement> links = entry.findElements(By.cssSelector("a.error-link"));
                    return new SummaryEntry(
                            entry.getAttribute("id"),
                            entry.findElement(By.className("ui-messages-error-summary"))
                                    .getText(),
                            entry.findElements(By.cssSelector(".hints li")).stream()
                                    .map(WebElement::getText)
                                    .toList(),
                            links.isEmpty()
                                    ? null
                                    : links.get(0).getAttribute("href").replaceFirst(".*#", ""));
                })
                .toList();
    }

    /** The id of the element that has the keyboard focus. */
    public String focusedId() {
        return browser.switchTo().activeElement().getAttribute("id");
    }

    /**
     * Asserts, as RGAA 11.10 asks, that the field with this client id is marked invalid and described by the
     * summary entry about it (and returns that entry).
     */
    public SummaryEntry assertFieldInError(String fieldId) {
        SummaryEntry entry = errorSummary().stream()
                .filter(e -> fieldId.equals(e.field()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no summary entry links to " + fieldId + ": " + errorSummary()));
        WebElement field = browser.findElement(By.id(fieldId));
        if (!"true".equals(field.getAttribute("aria-invalid"))) {
            throw new AssertionError(fieldId + " is not aria-invalid");
        }
        String describedBy = String.valueOf(field.getAttribute("aria-describedby"));
        if (!List.of(describedBy.split(" ")).contains(entry.id())) {
            throw new AssertionError(fieldId + " is described by " + describedBy + ", not by " + entry.id());
        }
        return entry;
    }

    /** Asserts that the field with this client id is not marked as in error. */
    public void assertFieldNotInError(String fieldId) {
        WebElement field = browser.findElement(By.id(fieldId));
        String describedBy = String.valueOf(field.getAttribute("aria-describedby"));
        if (field.getAttribute("aria-invalid") != null || describedBy.contains("message-")) {
            throw new AssertionError(fieldId + " still marked: aria-invalid=" + field.getAttribute("aria-invalid")
                    + ", aria-describedby=" + describedBy);
        }
    }

    /** Picks the security question whose text is {@code label} in the radio group {@code groupId}. */
    protected void chooseQuestion(String groupId, String label) {
        settle();
        browser.findElement(By.xpath("//ul[@id='" + groupId + "']//label[normalize-space(.)=\"" + label + "\"]"))
                .click();
    }

    /** Follows the summary's link to this field with the keyboard, as someone without a mouse would. */
    public void followSummaryLinkTo(String fieldId) {
        browser.findElement(By.cssSelector("a.error-link[data-field='" + fieldId + "']"))
                .sendKeys(org.openqa.selenium.Keys.ENTER);
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
