package fr.ent.sesame.testing.pages;

import fr.ent.sesame.testing.SesameDeployment;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

public class SignInPage extends EntPage {

    public SignInPage(WebDriver browser) {
        super(browser);
    }

    public static SignInPage open(WebDriver browser) {
        browser.get(SesameDeployment.baseUrl() + "/connexion.xhtml");
        return new SignInPage(browser);
    }

    public void signIn(String identifier, String password) {
        type(By.id("signin:identifier"), identifier);
        type(By.id("signin:password"), password);
        click(By.id("signin:submit"));
    }

    public boolean isShown() {
        return !browser.findElements(By.id("signin:identifier")).isEmpty();
    }

    /** The label a screen reader announces for a field, found through its for= attribute. */
    public String labelOf(String inputId) {
        return browser.findElement(By.cssSelector("label[for='" + inputId + "']"))
                .getText();
    }
}
