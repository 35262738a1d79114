package org.reciprocity.review.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.reciprocity.EndToEndTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A report filed at /tell is acknowledged and answered by HR, and the reporter reads it with the receipt code. */
class ReviewE2ETest extends EndToEndTest {

    @Autowired
    JdbcTemplate jdbc;

    private static Page.GetByRoleOptions name(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    private static Page.GetByRoleOptions exactly(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void aPublicReportIsAcknowledgedAndAnsweredByHrAndTheReporterSeesTheReply() {
        // 1. a visitor files praise and keeps the code
        var visitor = anonymousPage();
        visitor.navigate(url("tell?location=kyiv-podil"));
        visitor.locator(".reporting-form").waitFor();
        visitor.getByRole(AriaRole.RADIO, name("Someone served well")).check();
        visitor.getByRole(AriaRole.TEXTBOX, name("Who was it?")).fill("The cashier with the red scarf");
        var story = "She noticed I was struggling with the bags and carried them to my car. " + UUID.randomUUID();
        visitor.getByRole(AriaRole.TEXTBOX, name("What happened?")).fill(story);
        visitor.getByRole(AriaRole.BUTTON, exactly("Send")).click();
        var codeLocator = visitor.locator("#receipt-code");
        codeLocator.waitFor();
        var code = codeLocator.innerText().strip();

        // 2. HR finds it in the queue (the newest praise from Podil) and opens it
        var id = jdbc.queryForObject("select id from report where what = ?", Long.class, story);
        var hr = signIn("olena");
        hr.navigate(url("review"));
        hr.locator("vaadin-grid").first().waitFor();
        assertThat(hr.getByRole(AriaRole.HEADING, name("Reports to review"))).isVisible();
        assertThat(hr.locator(".review-summary")).containsText("waiting for acknowledgement");
        screenshot(hr, "review-queue");

        hr.navigate(url("review/" + id));
        assertThat(hr.getByText(story)).isVisible();
        hr.getByRole(AriaRole.BUTTON, exactly("Acknowledge")).click();
        assertThat(hr.locator(".review-status")).hasText("Acknowledged");
        hr.getByRole(AriaRole.TEXTBOX, name("Reply to the reporter"))
                .fill("Thank you! We told her and her manager what you wrote.");
        hr.getByRole(AriaRole.BUTTON, exactly("Send reply")).click();
        assertThat(hr.locator(".review-message-company").getByText("Thank you! We told her and her manager what you wrote."))
                .isVisible();
        assertThat(hr.locator(".review-trail")).containsText("Olena Bondarenko");
        screenshot(hr, "review-case");

        // 3. the visitor comes back with the code and reads the reply
        visitor.navigate(url("tell/status"));
        visitor.getByRole(AriaRole.TEXTBOX, name("Receipt code")).fill(code);
        visitor.getByRole(AriaRole.BUTTON, exactly("Show")).click();
        assertThat(visitor.getByText("Thank you! We told her and her manager what you wrote.")).isVisible();
        assertThat(visitor.getByText("Acknowledged").first()).isVisible();
        screenshot(visitor, "review-reporter-sees-reply");
        assertThat(code).isNotBlank();
    }

    @Test
    void hrReadsTheQueueOnAPhone() {
        var hr = signIn(anonymousPage("en-US", 375, 812), "olena");
        hr.navigate(url("review"));
        hr.locator("vaadin-grid").first().waitFor();
        assertThat(hr.getByRole(AriaRole.HEADING, name("Reports to review"))).isVisible();
        var width = (Number) hr.evaluate("document.documentElement.scrollWidth");
        assertThat(width.intValue()).as("nothing wider than the phone").isLessThanOrEqualTo(375);
        assertThat(hr.locator(".review-compact").first()).isVisible(); // one compact row per report
        assertThat(hr.locator(".collapsible-filters .filters")).isHidden(); // folded behind "Filters"
        assertThat(hr.locator(".filters-toggle")).hasAttribute("aria-expanded", "false");
        screenshot(hr, "review-queue-phone");
    }

    @Test
    void hrOpensAReportFromTheQueueByKeyboard() {
        var hr = signIn("olena");
        hr.navigate(url("review"));
        hr.locator(".review-cell").first().waitFor();
        assertThat(hr.locator("vaadin-grid-column:not([hidden])")).hasCount(6);
        hr.getByRole(AriaRole.CHECKBOX, name("Overdue only")).focus();
        hr.keyboard().press("Tab"); // the grid's header
        hr.keyboard().press("Tab"); // its first row
        hr.keyboard().press("Enter");
        hr.waitForURL(u -> u.matches(".*/review/\\d+"));
        assertThat(hr.locator(".review-status")).isVisible();
    }
}
