package org.reciprocity.recognition.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reciprocity.EndToEndTest;

/** Two people, two browsers: one recognises a colleague, the other sees it arrive on the open board. */
class BoardE2ETest extends EndToEndTest {

    @Test
    void aPublicRecognitionAppearsLiveOnAnotherPersonsOpenBoard() {
        var reader = signIn("max");
        reader.navigate(url(""));
        assertThat(reader.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Recognition board")))
                .isVisible();
        reader.locator(".recognition-card").first().waitFor();

        var giver = signIn("iryna.melnyk");
        var story = "Kateryna calmed an upset customer and found the right size in another store <e2e "
                + System.nanoTime() + ">";
        RecognitionPages.recogniseKateryna(giver, url(""), story);
        screenshot(giver, "recognition-given");
        assertThat(giver.getByText(story)).isVisible();

        var pill = reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("new — show")));
        assertThat(pill).isVisible();
        assertThat(reader.getByText(story)).hasCount(0);
        screenshot(reader, "recognition-board-new-entry-waiting");
        pill.click();
        assertThat(reader.getByText(story)).isVisible();
        assertThat(reader.locator(".recognition-card").first()).containsText(story);
        screenshot(reader, "recognition-board-live");

        var applause = reader.locator(".recognition-card").first().locator(".recognition-applause");
        assertThat(applause).hasAttribute("aria-pressed", "false");
        applause.click();
        assertThat(applause).hasAttribute("aria-pressed", "true");
        assertThat(applause).containsText("1");
    }
}
