package org.reciprocity.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reciprocity.Chromium;
import org.reciprocity.PackagedApp;

/**
 * A receipt shown is a report kept: the packaged app runs in a child JVM on an H2 folder, a browser files reports
 * through "Tell us", the app is killed with SIGKILL a random few milliseconds after a receipt appeared, restarted on
 * the same folder, and so on; at the end every receipt that was ever shown must still open its report.
 */
@Tag("e2e")
class ReceiptsSurviveACrashTest {

    /**
     * Each cycle is a start of the packaged app, about 40 s on the 2-core CI machine, so CI kills four times (each
     * within 40 ms of a receipt shown; a receipt shown before its report was committed is lost at the first kill).
     * For a longer run: {@code -Dcrash.cycles=20}.
     */
    private static final int CYCLES = Integer.getInteger("crash.cycles", 4);
    private static final String[] UNLIMITED = {
            "--reciprocity.reporting.reports-per-hour=100000", "--reciprocity.reporting.lookups-per-hour=100000"};

    @TempDir
    Path dataDir;

    private final Random random = new Random();
    private final Map<String, String> storyByReceipt = new LinkedHashMap<>();
    private PackagedApp app;

    @AfterEach
    void stopTheApp() throws InterruptedException {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void everyReceiptShownBeforeASigkillStillOpensItsReport() throws Exception {
        PackagedApp.assumePackaged();
        try (var playwright = Playwright.create()) {
            var browser = Chromium.launch(playwright);
            var killDelays = new ArrayList<Integer>();
            for (int cycle = 0; cycle < CYCLES; cycle++) {
                app = PackagedApp.start(dataDir, UNLIMITED);
                int reports = 1 + random.nextInt(3);
                try (var context = browser.newContext()) {
                    var page = context.newPage();
                    for (int i = 0; i < reports; i++) {
                        var story = "Helped me find the right size and walked me to the fitting room. " + UUID.randomUUID();
                        storyByReceipt.put(TellUsPages.fileAReport(page, app.url(""), story), story);
                    }
                    int delay = random.nextInt(40); // the last receipt was shown this many ms before the kill
                    Thread.sleep(delay);
                    killDelays.add(delay);
                    app.kill();
                }
            }
            app = PackagedApp.start(dataDir, UNLIMITED);
            var missing = receiptsThatNoLongerOpen(browser);
            System.out.printf("ReceiptsSurviveACrashTest: %d SIGKILL cycles, %d receipts shown (the last of each "
                    + "cycle %s ms before the kill), %d missing after restart%n", CYCLES, storyByReceipt.size(),
                    killDelays, missing.size());
            assertThat(missing).as("receipts shown, then lost in a crash").isEmpty();
        }
    }

    private List<String> receiptsThatNoLongerOpen(Browser browser) {
        var missing = new ArrayList<String>();
        try (var context = browser.newContext()) {
            var page = context.newPage();
            page.navigate(app.url("tell/status"));
            for (var receipt : storyByReceipt.entrySet()) {
                if (!TellUsPages.receiptOpens(page, receipt.getKey(), receipt.getValue())) {
                    missing.add(receipt.getKey());
                }
            }
        }
        return missing;
    }
}
