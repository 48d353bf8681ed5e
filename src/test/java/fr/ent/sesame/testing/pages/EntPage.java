package fr.ent.sesame.testing.pages;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
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
        click(By.id("language:en"));
        waitUntilLanguage("en");
    }

    public void switchToFrench() {
        click(By.id("language:fr"));
        waitUntilLanguage("fr");
    }

    /** Messages shown to the person (error or confirmation), as read on the page. */
    public List<String> messages() {
        return browser.findElements(By.cssSelector(".ui-messages li, [role=alert], [role=status]")).stream()
                .map(WebElement::getText)
                .filter(text -> !text.isBlank())
                .toList();
    }

    /** Presses Enter where the focus is (submitting its form), and waits for the next page. */
    public void pressEnterInFocusedField() {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
    }

    /** Clicks something that loads a new page, and waits until the old one is gone. */
    protected void click(By locator) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(locator).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
    }

    private void waitUntilLanguage(String tag) {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(driver -> tag.equals(driver.findElement(By.tagName("html")).getAttribute("lang")));
    }
}
