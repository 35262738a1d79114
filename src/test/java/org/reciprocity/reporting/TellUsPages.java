package org.reciprocity.reporting;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;

/** What a reporter does in the browser, for the tests that drive the packaged app: tell, then follow with the receipt. */
public final class TellUsPages {

    private TellUsPages() {
    }

    /** Tells about the consultant at Kyiv (Podil) with {@code story} on {@code baseUrl}; returns the receipt code shown. */
    public static String fileAReport(Page page, String baseUrl, String story) {
        send(page, baseUrl, story);
        var code = page.locator("#receipt-code");
        try {
            code.waitFor();
        } catch (RuntimeException noReceipt) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "no-receipt.png")));
            throw noReceipt;
        }
        return code.innerText().strip();
    }

    /** Fills "Tell us" about the consultant at Kyiv (Podil) with {@code story} and presses Send, nothing more. */
    public static void send(Page page, String baseUrl, String story) {
        page.navigate(baseUrl + "tell?location=kyiv-podil");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Someone served well")).check();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Who was it?"))
                .fill("The consultant at the fitting rooms");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("What happened?")).fill(story);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send").setExact(true)).click();
    }

    /** On /tell/status: whether {@code receipt} opens the report that tells {@code story}. */
    public static boolean receiptOpens(Page page, String receipt, String story) {
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Receipt code")).fill(receipt);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show").setExact(true)).click();
        var shown = page.getByText(story);
        var notFound = page.getByText("No report matches this code.");
        shown.or(notFound).first().waitFor();
        return shown.isVisible();
    }
}
