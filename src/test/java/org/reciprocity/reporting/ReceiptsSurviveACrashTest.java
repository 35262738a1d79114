package org.reciprocity.reporting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

/**
 * A receipt shown is a report kept: the packaged app runs in a child JVM on an H2 folder, a browser files reports
 * through "Tell us", the app is killed with SIGKILL a random few milliseconds after a receipt appeared, restarted on
 * the same folder, and so on; at the end every receipt that was ever shown must still open its report.
 */
@Tag("e2e")
class ReceiptsSurviveACrashTest {

    private static final int CYCLES = 10;
    private static final Path JAR = Path.of("target", "reciprocity-0.1.0-SNAPSHOT.jar");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    @TempDir
    Path dataDir;

    private final Random random = new Random();
    private final Map<String, String> storyByReceipt = new LinkedHashMap<>();
    private Process app;
    private int port;

    @AfterEach
    void stopTheApp() {
        if (app != null) {
            app.destroyForcibly();
        }
    }

    @Test
    void everyReceiptShownBeforeASigkillStillOpensItsReport() throws Exception {
        assumeTrue(Files.isRegularFile(JAR), "No " + JAR + ": the crash test runs the packaged app (./mvnw verify)");
        try (var playwright = Playwright.create()) {
            var browser = Chromium.launch(playwright);
            var killDelays = new ArrayList<Integer>();
            for (int cycle = 0; cycle < CYCLES; cycle++) {
                start();
                int reports = 1 + random.nextInt(3);
                try (var context = browser.newContext()) {
                    var page = context.newPage();
                    for (int i = 0; i < reports; i++) {
                        fileAReport(page);
                    }
                    int delay = random.nextInt(40); // the last receipt was shown this many ms before the kill
                    Thread.sleep(delay);
                    killDelays.add(delay);
                    app.destroyForcibly().waitFor();
                }
            }
            start();
            var missing = receiptsThatNoLongerOpen(browser);
            System.out.printf("ReceiptsSurviveACrashTest: %d SIGKILL cycles, %d receipts shown (the last of each "
                    + "cycle %s ms before the kill), %d missing after restart%n", CYCLES, storyByReceipt.size(),
                    killDelays, missing.size());
            assertThat(missing).as("receipts shown, then lost in a crash").isEmpty();
        }
    }

    private void fileAReport(Page page) {
        page.navigate(url("tell?location=kyiv-podil"));
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Someone served well")).check();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Who was it?"))
                .fill("The consultant at the fitting rooms");
        var story = "Helped me find the right size and walked me to the fitting room. " + UUID.randomUUID();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("What happened?")).fill(story);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send").setExact(true)).click();
        var code = page.locator("#receipt-code");
        try {
            code.waitFor();
        } catch (RuntimeException noReceipt) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "crash-no-receipt.png")));
            throw noReceipt;
        }
        storyByReceipt.put(code.innerText().strip(), story);
    }

    private List<String> receiptsThatNoLongerOpen(Browser browser) {
        var missing = new ArrayList<String>();
        try (var context = browser.newContext()) {
            var page = context.newPage();
            page.navigate(url("tell/status"));
            for (var receipt : storyByReceipt.entrySet()) {
                page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Receipt code"))
                        .fill(receipt.getKey());
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show").setExact(true)).click();
                var story = page.getByText(receipt.getValue());
                var notFound = page.getByText("No report matches this code.");
                story.or(notFound).first().waitFor();
                if (!story.isVisible()) {
                    missing.add(receipt.getKey());
                }
            }
        }
        return missing;
    }

    /** Starts the packaged app on the same data folder and waits until it serves "Tell us". */
    private void start() throws IOException, InterruptedException {
        port = freePort();
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        app = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", JAR.toAbsolutePath().toString(),
                "--server.address=127.0.0.1", "--server.port=" + port,
                "--reciprocity.data-dir=" + dataDir, "--reciprocity.demo-data=true",
                "--reciprocity.reporting.reports-per-hour=100000", "--reciprocity.reporting.lookups-per-hour=100000")
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("app.log").toFile())
                .start();
        var client = HttpClient.newHttpClient();
        var deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(app.isAlive()).as("the app started; see " + dataDir.resolve("app.log")).isTrue();
            try {
                var response = client.send(HttpRequest.newBuilder(URI.create(url("tell"))).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The app did not start within " + START_TIMEOUT);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + "/" + path;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
