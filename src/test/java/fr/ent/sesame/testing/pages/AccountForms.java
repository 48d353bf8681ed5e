package fr.ent.sesame.testing.pages;

import fr.ent.sesame.testing.SesameDeployment;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The change forms of Mon compte and the address validation page. */
public class AccountForms extends EntPage {

    public AccountForms(WebDriver browser) {
        super(browser);
    }

    public static AccountForms open(WebDriver browser, String page) {
        browser.get(SesameDeployment.baseUrl() + "/mon-compte/" + page + ".xhtml");
        return new AccountForms(browser);
    }

    public void changePassword(String current, String password, String confirmation) {
        type(By.id("change-password:current"), current);
        typeNewPassword(By.id("change-password:password"), password);
        type(By.id("change-password:confirmation"), confirmation);
        click(By.id("change-password:submit"));
    }

    public void chooseQuestion(String questionLabel, String answer, String confirmation, String current) {
        chooseQuestion("question:questionId", questionLabel);
        type(By.id("question:answer"), answer);
        type(By.id("question:answerConfirmation"), confirmation);
        type(By.id("question:current"), current);
        click(By.id("question:submit"));
    }

    public void giveAddress(String address, String current) {
        type(By.id("new-address:address"), address);
        type(By.id("new-address:current"), current);
        click(By.id("new-address:submit"));
    }

    public void confirmAddress() {
        click(By.id("validate:confirm"));
    }

    /** The green confirmation on Mon compte after a change. */
    public String done() {
        if (browser.findElements(By.id("done")).isEmpty()) {
            throw new AssertionError("no confirmation at " + browser.getCurrentUrl() + ", messages " + messages());
        }
        return browser.findElement(By.id("done")).getText();
    }

    /** Types into the new-password field only, as a person does before sending anything. */
    public void typeNewPassword(String text) {
        browser.findElement(By.id("change-password:password")).sendKeys(text);
        settle();
    }

    public java.util.List<String> metRules() {
        return browser.findElements(By.cssSelector("#change-password\\:rules li.rule-met")).stream()
                .map(org.openqa.selenium.WebElement::getText)
                .toList();
    }

    /** The one sentence the polite live region holds after a pause in the typing. */
    public String rulesAnnounced() {
        return rulesLiveRegion().getAttribute("textContent").strip();
    }

    public org.openqa.selenium.WebElement rulesLiveRegion() {
        return browser.findElement(By.xpath("//*[@id='change-password:rules-status']/.."));
    }

    public String newPasswordDescribedBy() {
        return browser.findElement(By.id("change-password:password")).getAttribute("aria-describedby");
    }

    public String strength() {
        return browser.findElement(By.id("strength")).getText();
    }
}
