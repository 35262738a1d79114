package org.reciprocity.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.reciprocity.EndToEndTest;

class SignInE2ETest extends EndToEndTest {

    @ParameterizedTest(name = "{0} signs in and sees their navigation")
    @CsvSource(delimiter = '|', textBlock = """
            anna  | Board;Received and given;Service vision;People;Tell us;My reports
            max   | Board;Received and given;Service vision;People;Self-assessment;Check-ins;Tell us;My reports
            olena | Board;Received and given;Service vision;People;Managers' self-assessments;Review;Tell us;My reports;Organisation
            admin | Board;Received and given;Service vision;People;Review;Tell us;My reports;Organisation;Accounts;Import employees;Security log
            """)
    void eachDemoUserSignsInAndSeesTheirNavigation(String user, String navigation) {
        var page = signIn(user);
        var items = page.locator("vaadin-side-nav vaadin-side-nav-item");
        items.first().waitFor();
        // An entry may carry a count badge ("Review 2"): the label is what matters here.
        assertThat(items.allInnerTexts().stream().map(t -> t.replaceAll("\\s+\\d+$", "").strip()).toList())
                .as("navigation of " + user).containsExactly(navigation.split(";"));
        screenshot(page, "signed-in-" + user);
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        var page = anonymousPage();
        page.navigate(url("login"));
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Username")).fill("anna");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password")).fill("not her password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByText("Could not sign you in")).isVisible();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login.*"));
        screenshot(page, "login-refused");
    }

    @Test
    void anAnonymousVisitorOfAProtectedRouteIsSentToSignIn() {
        var page = anonymousPage();
        page.navigate(url("directory"));
        page.waitForURL(u -> u.contains("/login"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
    }

    @Test
    void aUkrainianBrowserGetsTheSignInPageInUkrainianOnAPhone() {
        var page = anonymousPage("uk-UA", 375, 812);
        page.navigate(url("login"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Увійти"))).isVisible();
        screenshot(page, "login-uk-phone");
    }
}
