package org.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * End-to-end tests: the whole app on a random loopback port, driven by Playwright in Debian's Chromium. Where no
 * Chromium is installed they are skipped, saying how to install it. Screenshots land in
 * {@code target/screenshots/} for anyone to look at. Every page any of them opens also checks the portal's
 * Content-Security-Policy and Permissions-Policy: a violation the browser reports fails the test that caused it.
 */
@Tag("e2e")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.address=127.0.0.1")
public abstract class EndToEndTest {

    protected static final String PASSWORD = "reciprocity";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    private int port;

    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<String> policyViolations = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void launchChromium() {
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void closeChromium() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
            browser = null;
        }
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
        assertThat(policyViolations).as("what the browser refused under the portal's security headers").isEmpty();
    }

    /** What the browser refused or complained about under the portal's security headers, so far in this test. */
    protected List<String> policyViolations() {
        return policyViolations;
    }

    /** A fresh browser (own cookies) speaking English at desktop width. */
    protected Page anonymousPage() {
        return anonymousPage("en-US", 1280, 860);
    }

    /** A fresh browser with the given language and viewport, e.g. {@code ("uk-UA", 375, 812)} for a phone. */
    protected Page anonymousPage(String locale, int width, int height) {
        var context = browser.newContext(new Browser.NewContextOptions()
                .setLocale(locale)
                .setViewportSize(width, height));
        context.setDefaultTimeout(15_000);
        contexts.add(context);
        watchPolicyViolations(context);
        return context.newPage();
    }

    /** A fresh browser signed in as a demo user, on the page the portal opens after sign-in. */
    protected Page signIn(String username) {
        return signIn(anonymousPage(), username);
    }

    protected Page signIn(Page page, String username) {
        return signIn(page, url(""), username);
    }

    /** Signs in as a demo user on the portal at {@code baseUrl} (ending in "/"), e.g. a packaged app's. */
    public static Page signIn(Page page, String baseUrl, String username) {
        page.navigate(baseUrl + "login");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Username")).fill(username);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password")).fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(u -> !u.contains("/login"));
        page.locator("vaadin-app-layout").waitFor();
        return page;
    }

    private void watchPolicyViolations(BrowserContext context) {
        context.exposeFunction("reciprocityPolicyViolation", args -> policyViolations.add(String.valueOf(args[0])));
        context.addInitScript("document.addEventListener('securitypolicyviolation', e => "
                + "window.reciprocityPolicyViolation(e.violatedDirective + ' blocked ' + e.blockedURI + ' in '"
                + " + e.sourceFile + ':' + e.lineNumber + ' on ' + document.location.pathname));");
        context.onPage(page -> page.onConsoleMessage(message -> {
            var text = message.text();
            if ("error".equals(message.type()) && (text.contains("Content Security Policy")
                    || text.contains("Permissions-Policy") || text.contains("Permissions Policy"))) {
                policyViolations.add(text + " on " + page.url());
            }
        }));
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** Writes the whole page to {@code target/screenshots/<name>.png}. */
    protected void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
