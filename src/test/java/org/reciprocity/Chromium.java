package org.reciprocity;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Debian's Chromium under Playwright, headless, the one way every browser test starts it. */
public final class Chromium {

    private static final Path EXECUTABLE = Path.of(System.getProperty("reciprocity.chromium", "/usr/bin/chromium"));

    private Chromium() {
    }

    /** Skips the calling test, saying how to install it, where there is no Chromium. */
    public static Browser launch(Playwright playwright) {
        assumeTrue(Files.isExecutable(EXECUTABLE),
                "No Chromium at " + EXECUTABLE + ": install it with `apt-get install -y chromium` to run the e2e tests");
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }
}
