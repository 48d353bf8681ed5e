package fr.ent.sesame.testing.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Assistance › Activer son compte: identification, the activation form, the confirmation. */
public class ActivationPages extends EntPage {

    public ActivationPages(WebDriver browser) {
        super(browser);
    }

    /** From Assistance, as a person finds it. */
    public static ActivationPages fromAssistance(WebDriver browser) {
        ResetPages.openAssistance(browser);
        ActivationPages pages = new ActivationPages(browser);
        pages.click(By.id("activation"));
        return pages;
    }

    /** The first step as the default settings ask: number and birth date (a code is then mailed). */
    public void identify(String number, String birthDate) {
        type(By.id("identify:number"), number);
        type(By.id("identify:birthDate"), birthDate);
        click(By.id("identify:submit"));
    }

    /** The second step: the code received by mail (or the printed key). */
    public void typeCode(String code) {
        type(By.id("enter-code:code"), code);
        click(By.id("enter-code:submit"));
    }

    /** The identifier the activation form is for. */
    public String identifierShown() {
        return browser.findElement(By.id("identifier")).getText();
    }

    public void acceptCharter() {
        settle();
        browser.findElement(By.id("activate:charterAccepted")).click();
    }

    public void fillAndSend(String password, String questionLabel, String answer, String address) {
        typeNewPassword(By.id("activate:password"), password);
        type(By.id("activate:confirmation"), password);
        chooseQuestion("activate:questionId", questionLabel);
        type(By.id("activate:answer"), answer);
        type(By.id("activate:answerConfirmation"), answer);
        type(By.id("activate:address"), address);
        click(By.id("activate:submit"));
    }

    public String activatedIdentifier() {
        return browser.findElement(By.id("activated-identifier")).getText();
    }

    public String charterText() {
        return browser.findElement(By.id("charter")).getText();
    }
}
