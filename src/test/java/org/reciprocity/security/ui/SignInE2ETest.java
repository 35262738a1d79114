package org.reciprocity.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.reciprocity.EndToEndTest;
import org.reciprocity.LoginPage;

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
    void aUkrainianBrowserGetsTheSignInPageInUkrainianOnAPhoneAndTheLanguageSwitchIsHeardToo() {
        var page = anonymousPage("uk-UA", 375, 812);
        page.navigate(url("login"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Увійти"))).isVisible();
        // what a screen reader reads the page as (WCAG 3.1.1), and Vaadin's own label of the password's eye
        assertThat(page.locator("html")).hasAttribute("lang", "uk");
        assertThat(page.locator("vaadin-password-field [slot=reveal]")).hasAttribute("aria-label", "Показати пароль");
        screenshot(page, "login-uk-phone");

        page.locator(".language-switch vaadin-select").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Русский")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Войти"))).isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", "ru");
    }

    /**
     * Over plain HTTP, as a link checker or a browser without JavaScript meets it: an address that has no page answers
     * 404 (not Spring's empty 403, not a sign-in) to a stranger and to someone signed in alike, in the visitor's
     * language; a protected page still sends a stranger to sign in, whether or not what its address names exists.
     */
    @Test
    void anAddressWithNoPageAnswersNotFoundToEveryoneWhileAProtectedPageStillAsksAStrangerToSignIn() throws Exception {
        var base = url("").replaceFirst("/$", "");
        var stranger = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        var mistyped = stranger.send(HttpRequest.newBuilder(URI.create(url("tell/statu")))
                .header("Accept-Language", "uk-UA,uk;q=0.9").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(mistyped.statusCode()).isEqualTo(404);
        assertThat(mistyped.body()).contains("<html lang=\"uk\" dir=\"ltr\">");
        for (var protectedPage : new String[] {"review", "review/424242"}) {
            var answer = stranger.send(HttpRequest.newBuilder(URI.create(url(protectedPage))).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(answer.statusCode()).as(protectedPage).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location")).as(protectedPage)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }

        var anna = LoginPage.open(base);
        anna.signIn("anna", PASSWORD);
        var signedIn = anna.client().send(HttpRequest.newBuilder(URI.create(url("peoples"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(404);
    }
}
