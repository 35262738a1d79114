package org.reciprocity.recognition.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;

/** What a colleague does in the browser to recognise someone, for tests on the test server and on packaged nodes. */
public final class RecognitionPages {

    private RecognitionPages() {
    }

    /**
     * On the signed-in {@code page}, recognises Kateryna Oliinyk for going the extra mile with {@code story}, at the
     * portal at {@code baseUrl}; returns once the giver is back on the board (past the daily-limit question, which a
     * test database with many of today's entries asks).
     */
    public static void recogniseKateryna(Page page, String baseUrl, String story) {
        page.navigate(baseUrl + "recognize");
        var whom = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Whom do you recognise?"));
        whom.fill("Kateryna");
        page.locator("vaadin-multi-select-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("Kateryna Oliinyk")).first().click();
        page.keyboard().press("Escape");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Go the extra mile")).check();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions()
                .setName(Pattern.compile("What did they do"))).fill(story);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Give recognition")).click();
        var anyway = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Give anyway"));
        var board = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Recognition board"));
        board.or(anyway).first().waitFor();
        if (anyway.isVisible()) {
            anyway.click();
        }
        assertThat(board).isVisible();
    }
}
