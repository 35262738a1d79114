package org.reciprocity.reporting.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.reciprocity.EndToEndTest;

class TellUsE2ETest extends EndToEndTest {

    private static Page.GetByRoleOptions name(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    private static Page.GetByRoleOptions exactly(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void anAnonymousVisitorFilesPraiseGetsACodeLooksItUpAndAddsAMessage() {
        var page = anonymousPage();
        page.navigate(url("tell?location=kyiv-podil"));
        page.locator(".reporting-form").waitFor(); // the first page of a fresh server takes a while
        assertThat(page.getByRole(AriaRole.HEADING, name("Tell us"))).isVisible();
        assertThat(page.getByRole(AriaRole.COMBOBOX, name("Where did it happen?"))).hasValue("Kyiv — Podil store");

        page.getByRole(AriaRole.RADIO, name("Someone served well")).check();
        page.getByRole(AriaRole.TEXTBOX, name("Who was it?")).fill("The barista with the green scarf");
        var story = "Remembered my name and my usual order after one visit. <b>Thank you!</b> " + UUID.randomUUID();
        page.getByRole(AriaRole.TEXTBOX, name("What happened?")).fill(story);
        screenshot(page, "tell-form");
        page.getByRole(AriaRole.BUTTON, exactly("Send")).click();

        var code = page.locator("#receipt-code");
        code.waitFor();
        var receipt = code.innerText().strip();
        assertThat(receipt).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
        assertThat(page.getByText("We acknowledge your report within 2 days.")).isVisible();
        screenshot(page, "tell-receipt");

        page.getByRole(AriaRole.BUTTON, name("Check a report")).click();
        page.waitForURL(u -> u.endsWith("/tell/status"));
        page.getByRole(AriaRole.TEXTBOX, name("Receipt code")).fill(receipt.toLowerCase().replace("-", " "));
        page.getByRole(AriaRole.BUTTON, exactly("Show")).click();
        assertThat(page.getByText(story)).isVisible();
        assertThat(page.getByText("Received").first()).isVisible();

        page.getByRole(AriaRole.TEXTBOX, name("Your message")).fill("She deserves a raise.");
        page.getByRole(AriaRole.BUTTON, exactly("Send message")).click();
        assertThat(page.locator(".reporting-message-reporter").getByText("She deserves a raise.")).isVisible();
        screenshot(page, "tell-status");
    }

    @Test
    void aMistypedCodeIsAnsweredLikeAnUnknownOne() {
        var page = anonymousPage();
        page.navigate(url("tell/status"));
        page.locator(".reporting-code-bar").waitFor();
        page.getByRole(AriaRole.TEXTBOX, name("Receipt code")).fill("AAAA-BBBB-CCCC-DDDD");
        page.getByRole(AriaRole.BUTTON, exactly("Show")).click();
        assertThat(page.locator(".reporting-code-field [slot=error-message]"))
                .hasText("No report matches this code. Check it for typos.");
    }

    @Test
    void aUkrainianVisitorOnAPhoneGetsTheFormInUkrainian() {
        var page = anonymousPage("uk-UA", 375, 812);
        page.navigate(url("tell"));
        page.locator(".reporting-form").waitFor();
        assertThat(page.getByRole(AriaRole.HEADING, name("Розкажіть нам"))).isVisible();
        assertThat(page.getByRole(AriaRole.TEXTBOX, name("Хто це був?"))).isVisible();
        var width = (Number) page.evaluate("document.documentElement.scrollWidth");
        assertThat(width.intValue()).as("nothing wider than the phone").isLessThanOrEqualTo(375);
        screenshot(page, "tell-form-uk-phone");
    }

    @Test
    void aSignedInEmployeeFindsTellUsInTheNavigation() {
        var page = signIn("anna");
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("My reports")).click();
        assertThat(page.getByRole(AriaRole.HEADING, name("My reports"))).isVisible();
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Tell us")).click();
        page.waitForURL(u -> u.endsWith("/tell"));
        assertThat(page.getByRole(AriaRole.RADIOGROUP, name("Send as"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, name("Back to the portal"))).isVisible();
        screenshot(page, "tell-form-signed-in");
    }
}
