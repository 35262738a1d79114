package org.reciprocity.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reciprocity.EndToEndTest;
import org.reciprocity.MutableClock;
import org.reciprocity.RunAs;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In the browser: a person who mistyped too often is told how long to wait, in their language and on a phone, and
 * the admin sees and clears the delay. The browser comes from 127.0.0.1 like every browser test, so each test
 * forgets what it made that address fail.
 */
class SignInWaitE2ETest extends EndToEndTest {

    private static final String BROWSER = "127.0.0.1";
    private static final String SECRET = "a-secret-they-mistype";

    @Autowired
    AccountService accounts;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    ThrottleSettings settings;
    @Autowired
    RunAs runAs;
    @Autowired
    MutableClock clock;

    @AfterEach
    void forgetTheBrowsersFailures() {
        throttle.clear(null, BROWSER);
        clock.reset();
    }

    private String newAdministrator() {
        var username = "typo." + System.nanoTime() % 1_000_000;
        runAs.user("admin", () -> accounts.open(new NewAccount(username, SECRET, Set.of(Role.ADMIN), null)));
        return username;
    }

    /** From a freshly loaded form, so that the wait for the next page cannot end on the page before. */
    private void submit(Page page, String username, String password) {
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        try {
            page.waitForURL(Pattern.compile(".*/login\\?.*"), new Page.WaitForURLOptions().setTimeout(40_000));
        } catch (com.microsoft.playwright.TimeoutError e) {
            throw new AssertionError("still at " + page.url() + " after signing in as " + username, e);
        }
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource(delimiter = '|', textBlock = """
            en-US | 1280 | Too many attempts       | Try again in \\d+ seconds?\\.
            uk-UA | 375  | Забагато спроб          | Спробуйте ще раз через \\d+ с\\.
            ru-RU | 375  | Слишком много попыток   | Попробуйте ещё раз через \\d+ с\\.
            """)
    void afterSeveralWrongPasswordsTheFormSaysHowLongToWait(String locale, int width, String title, String message) {
        var username = newAdministrator();
        clock.set(clock.instant()); // the first wait is one second: a slow page load must not outlast it
        var page = anonymousPage(locale, width, 812);
        for (int i = 0; i < settings.freeFailuresPerAccount(); i++) {
            submit(page, username, "mistyped-" + i);
        }
        submit(page, username, SECRET);

        assertThat(page.getByText(title)).isVisible();
        assertThat(page.getByText(Pattern.compile(message))).isVisible();
        screenshot(page, "login-wait-" + locale.substring(0, 2) + "-" + width);
        throttle.forget(username);
    }

    @Test
    void theAdminSeesTheDelayAndClearsIt() {
        var username = newAdministrator();
        for (int i = 0; i <= settings.freeFailuresPerAccount(); i++) {
            throttle.failed(username, "203.0.113.9");
        }
        var page = signIn("admin");
        page.navigate(url("admin/accounts"));
        page.locator("vaadin-grid").first().waitFor();
        screenshot(page, "accounts-delayed-sign-ins");
        var row = page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(username));
        assertThat(row.first()).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Clear the delay of " + username + " from 203.0.113.9")).click();
        assertThat(page.getByText("Delay cleared: " + username + " from 203.0.113.9 can try again now.")).isVisible();
    }

    @Test
    void theDelayedSignInsReadWellOnAPhoneInUkrainian() {
        var username = newAdministrator();
        for (int i = 0; i <= settings.freeFailuresPerAccount(); i++) {
            throttle.failed(username, "2001:db8:85a3::8a2e:370:7334");
        }
        var page = anonymousPage("uk-UA", 375, 812);
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name=username]").fill("admin");
        page.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(u -> !u.contains("/login"));
        page.navigate(url("admin/accounts"));
        assertThat(page.getByText("Затримані входи")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Зняти затримку: " + username + " з 2001:db8:85a3::8a2e:370:7334"))).isAttached();
        screenshot(page, "accounts-delayed-sign-ins-uk-375");
        throttle.forget(username);
    }
}
