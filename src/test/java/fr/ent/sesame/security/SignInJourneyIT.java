package fr.ent.sesame.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import fr.ent.sesame.testing.BrowserSession;
import fr.ent.sesame.testing.SesameDeployment;
import fr.ent.sesame.testing.pages.AccountPage;
import fr.ent.sesame.testing.pages.SignInPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/** A person signs in to Mon dossier › Mon compte, in a real browser, on the provisioned WildFly. */
@ExtendWith(ArquillianExtension.class)
class SignInJourneyIT {

    @RegisterExtension
    static BrowserSession browserSession = new BrowserSession();

    @Deployment(testable = false)
    static WebArchive sesame() {
        return SesameDeployment.war();
    }

    /** The class's browser, opened at first use: a test that needs none runs without it. */
    private static WebDriver browser() {
        return browserSession.driver();
    }

    @Test
    void jdupont_signsIn_andSeesMonCompte() {
        SignInPage signIn = SignInPage.open(browser());
        signIn.signIn("jdupont", "Tilleul-Ecorce-42");

        AccountPage account = new AccountPage(browser());
        assertTrue(account.isShown(), "Mon compte after sign-in");
        assertEquals("Mon compte", account.heading());
        assertEquals("jdupont", account.identifier());
        assertEquals("Connecté(e) : jdupont", account.signedInAs());
        assertEquals("Jeanne Dupont", account.name());
        assertTrue(account.personalAddress().contains("jeanne.dupont@example.org"));
    }

    @Test
    void wrongPassword_saysSoWithoutSayingWhichPartWasWrong() {
        SignInPage signIn = SignInPage.open(browser());
        signIn.signIn("jdupont", "Tilleul-Ecorce-43");

        assertTrue(signIn.isShown(), "still on the sign-in page");
        assertEquals(java.util.List.of("Identifiant ou mot de passe incorrect."), signIn.messages());

        SignInPage.open(browser()).signIn("personne-inconnue", "Tilleul-Ecorce-42");
        assertEquals(
                java.util.List.of("Identifiant ou mot de passe incorrect."),
                signIn.messages(),
                "an unknown identifier gets the very same message");
    }

    @Test
    void anonymousVisitToMonCompte_goesToSignIn_thenBackToMonCompte() {
        AccountPage.open(browser());
        SignInPage signIn = new SignInPage(browser());
        assertTrue(signIn.isShown(), "an anonymous visitor is sent to sign in");
        assertTrue(
                browser().getCurrentUrl().endsWith("/connexion.xhtml"),
                browser().getCurrentUrl());

        signIn.signIn("pmartin", "Cathedrale-Rose-1439");

        AccountPage account = new AccountPage(browser());
        assertTrue(browser().getCurrentUrl().contains("/mon-compte/"), browser().getCurrentUrl());
        assertEquals("pmartin", account.identifier());
        assertTrue(account.personalAddress().contains("p.martin@example.net"), account.personalAddress());
    }

    @Test
    void anonymousVisitToAPageWithParameters_comesBackToThatVeryPage_afterSignIn() {
        browser().get(fr.ent.sesame.testing.SesameDeployment.baseUrl() + "/mon-compte/question.xhtml?depuis=courriel");
        SignInPage signIn = new SignInPage(browser());
        assertTrue(signIn.isShown(), "an anonymous visitor is sent to sign in");

        signIn.signIn("pmartin", "Cathedrale-Rose-1439");

        assertTrue(
                browser().getCurrentUrl().endsWith("/mon-compte/question.xhtml?depuis=courriel"),
                browser().getCurrentUrl());
    }

    @Test
    void switchToEnglish_andBack() {
        SignInPage signIn = SignInPage.open(browser());
        assertEquals("fr", signIn.language());
        assertTrue(signIn.labelOf("signin:identifier").startsWith("Identifiant"));

        signIn.switchToEnglish();
        assertEquals("en", signIn.language());
        assertEquals("Sign in", signIn.heading());
        assertTrue(signIn.labelOf("signin:identifier").startsWith("Identifier"));
        signIn.signIn("jdupont", "wrong password here");
        assertEquals(java.util.List.of("Wrong identifier or password."), signIn.messages());

        signIn.switchToFrench();
        assertEquals("fr", signIn.language());
        assertEquals("Connexion", signIn.heading());
    }

    @Test
    void pages_fitAPhoneScreen_320PixelsWide() {
        browser().manage().window().setSize(new org.openqa.selenium.Dimension(320, 640));
        try {
            SignInPage.open(browser());
            assertNoSidewaysScrolling();
            new SignInPage(browser()).signIn("jdupont", "Tilleul-Ecorce-42");
            assertTrue(new AccountPage(browser()).isShown());
            assertNoSidewaysScrolling();
        } finally {
            browser().manage().window().setSize(new org.openqa.selenium.Dimension(1024, 900));
        }
    }

    private static void assertNoSidewaysScrolling() {
        Object width = ((org.openqa.selenium.JavascriptExecutor) browser()).executeScript("return window.innerWidth;");
        assertTrue(((Number) width).longValue() <= 320, "the browser really is phone-sized: " + width);
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser())
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(
                0L,
                ((Number) overflow).longValue(),
                "page wider than the screen at " + browser().getCurrentUrl());
    }

    @Test
    void signIn_worksWithTheKeyboardAlone() {
        SignInPage signIn = SignInPage.open(browser());
        browser()
                .findElement(org.openqa.selenium.By.id("signin:identifier"))
                .sendKeys("jdupont", org.openqa.selenium.Keys.TAB);
        assertEquals(
                "signin:password", browser().switchTo().activeElement().getAttribute("id"), "Tab goes to the password");

        browser().switchTo().activeElement().sendKeys("Tilleul-Ecorce-42");
        signIn.pressEnterInFocusedField();

        assertEquals("jdupont", new AccountPage(browser()).identifier());
    }

    @Test
    void aHashMadeWithWeakerParameters_isUpgradedAtSignIn() {
        assumeFalse(fr.ent.sesame.testing.TestDatabase.directoryMode(), "in directory mode Sésame keeps no hash");
        fr.ent.sesame.testing.TestDatabase.AccountState pmartin = fr.ent.sesame.testing.TestDatabase.stateOf("pmartin");
        String weak = new fr.ent.sesame.password.Argon2idHasher(4096, 1, 1).hash("Cathedrale-Rose-1439");
        fr.ent.sesame.testing.TestDatabase.update(
                "update account set password_hash = ? where identifier = 'pmartin'", weak);
        try {
            SignInPage.open(browser()).signIn("pmartin", "Cathedrale-Rose-1439");

            assertTrue(new AccountPage(browser()).isShown(), "the old hash still signs in");
            String upgraded = fr.ent.sesame.testing.TestDatabase.text(
                    "select password_hash from account where identifier = 'pmartin'");
            assertTrue(upgraded.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), upgraded);
        } finally {
            pmartin.restore();
        }
    }

    @Test
    void signOut_endsTheSession() {
        SignInPage.open(browser()).signIn("jdupont", "Tilleul-Ecorce-42");
        AccountPage account = new AccountPage(browser());
        assertTrue(account.isShown());

        account.signOut();
        assertEquals(
                "SIGN_OUT person:jdupont",
                fr.ent.sesame.testing.TestDatabase.text(
                        "select event_type || ' ' || actor from audit_event where account_id = 1 order by id desc fetch first 1 rows only"));
        AccountPage.open(browser());
        assertFalse(account.isShown(), "Mon compte is no longer reachable after sign-out");
        assertTrue(new SignInPage(browser()).isShown());
    }
}
