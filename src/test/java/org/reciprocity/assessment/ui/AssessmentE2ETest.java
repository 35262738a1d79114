package org.reciprocity.assessment.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.reciprocity.EndToEndTest;

/**
 * The demo manager's journey in a real browser: open the due self-assessment, save a draft, submit, and see
 * the new point on the trend chart (drawn by Chart.js from its WebJar).
 */
class AssessmentE2ETest extends EndToEndTest {

    private static final String POINTS = "c => c.$chart ? c.$chart.data.datasets[0].data.filter(v => v !== null).length : -1";

    @Test
    void theDemoManagerSavesADraftSubmitsAndSeesTheNewPointOnTheChart() {
        var page = signIn("max");
        page.navigate(url("assessment/history"));
        var canvas = page.locator(".assessment-chart canvas").first();
        page.waitForFunction("() => { const c = document.querySelector('.assessment-chart canvas'); return c && c.$chart; }");
        var before = ((Number) canvas.evaluate(POINTS)).intValue();

        page.navigate(url("assessment"));
        assertThat(page.getByText("What emotional connection is there now between us and our customers?")).isVisible();
        var review = page.locator("vaadin-radio-group").filter(new Locator.FilterOptions().setHasText("Did you keep it?"));
        if (review.count() > 0) {
            review.getByText("Partly").click();
        }
        var scores = page.locator("vaadin-radio-group.assessment-score");
        assertThat(scores).hasCount(3);
        for (var i = 0; i < 3; i++) {
            scores.nth(i).locator("vaadin-radio-button").nth(3).click();
        }
        var reflections = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Reflection"));
        reflections.nth(0).fill("Customers stop to chat with Kateryna; that did not happen a year ago.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
        assertThat(page.getByText("Draft saved.")).isVisible();
        assertThat(page.locator(".assessment-status")).containsText("Draft");

        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("What I will do differently"))
                .fill("Ask the team what one thing would make their shifts easier, and do it.");
        screenshot(page, "assessment-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit")).click();
        page.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Submit")).last().click();

        page.waitForURL(u -> u.endsWith("/assessment/history"));
        page.waitForFunction("() => { const c = document.querySelector('.assessment-chart canvas'); return c && c.$chart; }");
        var after = ((Number) page.locator(".assessment-chart canvas").first().evaluate(POINTS)).intValue();
        assertThat(after).as("the current period is a new point").isEqualTo(before + 1);
        page.locator(".assessment-chart").first().scrollIntoViewIfNeeded();
        screenshot(page, "assessment-history");
    }
}
