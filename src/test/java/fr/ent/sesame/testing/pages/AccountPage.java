package fr.ent.sesame.testing.pages;

import fr.ent.sesame.testing.SesameDeployment;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Mon dossier › Mon compte. */
public class AccountPage extends EntPage {

    public AccountPage(WebDriver browser) {
        super(browser);
    }

    public static void open(WebDriver browser) {
        browser.get(SesameDeployment.baseUrl() + "/mon-compte/index.xhtml");
    }

    public boolean isShown() {
        return !browser.findElements(By.id("overview")).isEmpty();
    }

    public String identifier() {
        return browser.findElement(By.id("identifier")).getText();
    }

    public String name() {
        return browser.findElement(By.id("name")).getText();
    }

    /** The "signed in as" line of the header. */
    public String signedInAs() {
        return browser.findElement(By.id("signed-in-as")).getText();
    }

    public String personalAddress() {
        return browser.findElement(By.id("address")).getText();
    }

    public void signOut() {
        click(By.id("signout:submit"));
    }
}
