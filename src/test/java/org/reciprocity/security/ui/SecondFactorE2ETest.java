package org.reciprocity.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reciprocity.EndToEndTest;
import org.reciprocity.security.Role;
import org.reciprocity.security.SecondFactorFixture;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A new HR person (not a demo account: those are exempt in demo mode) signs in with a second factor: enrols an
 * authenticator app the first time — the test is the app, computing codes from the key on the page — and types a
 * code, or a recovery code once, every time after. Before that nothing else opens.
 */
class SecondFactorE2ETest extends EndToEndTest {

    @Autowired
    SecondFactorFixture fixture;

    private Page passwordOnly(Page page, String username, String usernameLabel, String passwordLabel,
                              String submit) {
        page.navigate(url("login"));
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(usernameLabel)).fill(username);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(passwordLabel))
                .fill(SecondFactorFixture.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(submit)).click();
        page.waitForURL(u -> u.contains("/second-factor"));
        return page;
    }

    private Page passwordOnly(Page page, String username) {
        return passwordOnly(page, username, "Username", "Password", "Sign in");
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    private void landsSignedIn(Page page) {
        page.waitForURL(u -> !u.contains("/second-factor"));
        assertThat(page.locator("vaadin-side-nav")).containsText("Review");
    }

    @Test
    void aNewHrPersonEnrolsThenSignsInWithACodeAndOnceWithARecoveryCode() {
        var username = fixture.openAccount(Set.of(Role.HR));

        // first sign-in: the password alone opens nothing but the enrolment
        var page = passwordOnly(anonymousPage(), username);
        assertThat(page.getByRole(AriaRole.HEADING, named("Set up two-step sign-in"))).isVisible();
        page.navigate(url("review"));
        page.waitForURL(u -> u.contains("/second-factor"));
        assertThat(page.getByRole(AriaRole.HEADING, named("Set up two-step sign-in"))).isVisible();
        assertThat(page.locator("vaadin-side-nav")).hasCount(0);
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions()
                .setName(Pattern.compile("QR code that adds your Reciprocity account")))).isVisible();
        screenshot(page, "second-factor-enrol");

        var key = page.getByLabel("Key for manual entry").inputValue().replace(" ", "");
        assertThat(key).matches("[A-Z2-7]{32}");
        var code = page.getByLabel("Code from your authenticator app");
        assertThat(code).hasAttribute("autocomplete", "one-time-code");
        assertThat(code).hasAttribute("inputmode", "numeric");
        code.fill(SecondFactorFixture.codeAt(key, Instant.now()));
        code.press("Enter");

        assertThat(page.getByRole(AriaRole.HEADING, named("Save your recovery codes"))).isVisible();
        var recoveryCodes = page.locator(".second-factor-codes li").allInnerTexts();
        assertThat(recoveryCodes).hasSize(10).allMatch(c -> c.matches("[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}"));
        screenshot(page, "second-factor-recovery-codes");
        page.getByRole(AriaRole.BUTTON, named("I have saved them")).click();
        landsSignedIn(page);
        page.navigate(url("review"));
        assertThat(page.getByRole(AriaRole.HEADING, named("Reports to review"))).isVisible();

        // signs out, and in again with the next code of the app
        page.getByRole(AriaRole.MENUITEM, named("Your account")).click();
        page.getByRole(AriaRole.MENUITEM, named("Sign out")).click();
        page.waitForURL(u -> u.contains("/login"));
        passwordOnly(page, username);
        assertThat(page.getByRole(AriaRole.HEADING, named("Enter your code"))).isVisible();
        screenshot(page, "second-factor-code");
        var again = page.getByLabel("Code from your authenticator app");
        again.fill(SecondFactorFixture.nextCodeAfter(key, Instant.now()));
        again.press("Enter");
        landsSignedIn(page);

        // another browser, with a recovery code: it works once
        var phoneLost = passwordOnly(anonymousPage(), username);
        phoneLost.getByRole(AriaRole.BUTTON, named("Use a recovery code instead")).click();
        var recovery = phoneLost.getByLabel("Recovery code");
        assertThat(recovery).hasAttribute("autocomplete", "one-time-code");
        recovery.fill(recoveryCodes.getFirst());
        recovery.press("Enter");
        assertThat(phoneLost.getByText("You have 9 recovery codes left.")).isVisible();
        phoneLost.getByRole(AriaRole.BUTTON, named("Continue")).click();
        landsSignedIn(phoneLost);

        var replayed = passwordOnly(anonymousPage(), username);
        replayed.getByRole(AriaRole.BUTTON, named("Use a recovery code instead")).click();
        replayed.getByLabel("Recovery code").fill(recoveryCodes.getFirst());
        replayed.getByRole(AriaRole.BUTTON, named("Sign in with the recovery code")).click();
        assertThat(replayed.getByText("This recovery code is not right, or it was used already.")).isVisible();
        assertThat(replayed).hasURL(Pattern.compile(".*/second-factor$"));
        screenshot(replayed, "second-factor-recovery-refused");
    }

    @Test
    void aCancelledSignInEndsTheSessionAndOpensNothing() {
        var username = fixture.openAccount(Set.of(Role.ADMIN));
        var page = passwordOnly(anonymousPage(), username);
        page.getByRole(AriaRole.BUTTON, named("Cancel and sign out")).click();
        page.waitForURL(u -> u.contains("/login"));
        page.navigate(url("admin/accounts"));
        page.waitForURL(u -> u.contains("/login"));
        assertThat(page.getByRole(AriaRole.BUTTON, named("Sign in"))).isVisible();
    }

    @Test
    void theEnrolmentReadsWellInUkrainianOnAPhone() {
        var username = fixture.openAccount(Set.of(Role.HR));
        var page = passwordOnly(anonymousPage("uk-UA", 375, 812), username, "Ім'я користувача", "Пароль", "Увійти");
        assertThat(page.getByRole(AriaRole.HEADING, named("Налаштуйте двоетапний вхід"))).isVisible();
        assertThat(page.getByLabel("Код із застосунку-автентифікатора")).isVisible();
        var overflow = (Number) page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth");
        assertThat(overflow.intValue()).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(0);
        screenshot(page, "second-factor-enrol-uk-phone");
    }
}
