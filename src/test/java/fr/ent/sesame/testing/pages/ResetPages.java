package fr.ent.sesame.testing.pages;

import fr.ent.sesame.testing.SesameDeployment;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Assistance › Réinitialiser son mot de passe: the pages of both procedures. */
public class ResetPages extends EntPage {

    public ResetPages(WebDriver browser) {
        super(browser);
    }

    public static ResetPages openAssistance(WebDriver browser) {
        browser.get(SesameDeployment.baseUrl() + "/assistance/index.xhtml");
        return new ResetPages(browser);
    }

    public void chooseQuestionProcedure() {
        click(By.id("question"));
    }

    public void chooseEmailProcedure() {
        click(By.id("email"));
    }

    /** Procédure 1, steps 1 to 3. */
    public void answer(String identifier, String questionLabel, String answer) {
        type(By.id("question:identifier"), identifier);
        chooseQuestion("question:questionId", questionLabel);
        type(By.id("question:answer"), answer);
        click(By.id("question:submit"));
    }

    /** Procédure 2, steps 1 and 2. */
    public void askForLink(String identifier, String address) {
        type(By.id("email:identifier"), identifier);
        type(By.id("email:address"), address);
        click(By.id("email:submit"));
    }

    /** The new-password form, after a correct answer ("newpassword") or from a mailed link ("linkpassword"). */
    public void chooseNewPassword(String form, String password, String confirmation) {
        typeNewPassword(By.id(form + ":password"), password);
        type(By.id(form + ":confirmation"), confirmation);
        click(By.id(form + ":submit"));
    }

    public boolean showsNewPasswordForm(String form) {
        return !browser.findElements(By.id(form + ":password")).isEmpty();
    }

    public String greenConfirmation() {
        return browser.findElement(By.cssSelector(".notice-ok")).getText();
    }

    public boolean linkRefused() {
        return !browser.findElements(By.id("link-refused")).isEmpty();
    }
}
