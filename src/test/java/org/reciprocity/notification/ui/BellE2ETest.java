package org.reciprocity.notification.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reciprocity.EndToEndTest;
import org.reciprocity.recognition.ui.RecognitionPages;

/** Two people, two browsers: one recognises a colleague, whose open page's bell counts it up without a reload. */
class BellE2ETest extends EndToEndTest {

    @Test
    void aRecognitionCountsUpOnTheRecipientsBellLiveAndOpensWhatItIsAbout() {
        var kateryna = signIn("kateryna.oliinyk");
        kateryna.navigate(url("vision"));
        var bell = kateryna.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Notifications")));
        assertThat(bell).isVisible();
        var before = unread(bell.getAttribute("aria-label"));

        var giver = signIn("iryna.melnyk");
        RecognitionPages.recogniseKateryna(giver, url(""), "Kateryna found the right size in another store and "
                + "had it brought over within the hour <e2e " + System.nanoTime() + ">");

        assertThat(bell).hasAttribute("aria-label", "Notifications, " + (before + 1) + " unread");
        screenshot(kateryna, "notification-bell-counted-up");
        bell.click();
        var dialog = kateryna.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Notifications"));
        var newest = dialog.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName(Pattern.compile("Iryna Melnyk recognised you"))).first();
        assertThat(newest).isVisible();
        screenshot(kateryna, "notification-bell-open");
        newest.click();
        kateryna.waitForURL(Pattern.compile(".*/received$"));
        assertThat(bell).hasAttribute("aria-label", before == 0 ? "Notifications, none unread"
                : "Notifications, " + before + " unread");
    }

    private static long unread(String label) {
        var matcher = Pattern.compile("(\\d+) unread").matcher(label == null ? "" : label);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }
}
