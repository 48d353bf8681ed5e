package fr.ent.sesame.testing.pages;

import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Someone without a mouse (RGAA 7.3, 12.13): moves with Tab, types, ticks with Space, follows and sends with
 * Enter. Never a click, never an element reached by id: the keys go where the focus is, so a field or link
 * out of the tab order, or a focus lost after a page change, fails the journey.
 */
public class Keyboard extends EntPage {

    /** More Tabs than any page of Sésame needs to reach its last control from the top. */
    private static final int MOST_TABS = 40;

    public Keyboard(WebDriver browser) {
        super(browser);
    }

    /** Presses Tab until the focus is on the control with this id; fails if Tab never gets there. */
    public Keyboard tabTo(String id) {
        settle();
        for (int i = 0; i < MOST_TABS; i++) {
            if (id.equals(focusedId())) {
                return this;
            }
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError(
                "Tab never reached " + id + " on " + browser.getCurrentUrl() + "; focus on " + focusedId());
    }

    /**
     * Types into the control that has the focus (in a list, typing picks the option that starts so), then
     * lets a live check of the typing (the new-password rules, 300 ms after the last key) come and go, as
     * a person reads the page before going on.
     */
    public Keyboard type(String text) {
        settle();
        new Actions(browser).sendKeys(text).perform();
        try {
            Thread.sleep(400);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        settle();
        return this;
    }

    /** Space: ticks the focused box. */
    public Keyboard space() {
        new Actions(browser).sendKeys(Keys.SPACE).perform();
        return this;
    }

    /** Enter on the focused link or field: follows it or sends its form, and waits for the next page. */
    public Keyboard enter() {
        settle();
        pressEnterInFocusedField();
        return this;
    }

    /** The focused control, for what a test reads of it (a list's chosen option, a box's state). */
    public WebElement focused() {
        return browser.switchTo().activeElement();
    }
}
