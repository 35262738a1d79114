package org.reciprocity.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.reciprocity.EndToEndTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * A quiet page warns a minute before its session's idle timeout, a click keeps the session and what was typed,
 * and at the timeout the person is signed out with the text still on the page. The test shortens the session's
 * timeout in Tomcat to 62 seconds (the warning then comes 2 seconds after the last request), where the portal
 * would use 15 or 30 minutes.
 */
class IdleWarningE2ETest extends EndToEndTest {

    private static final int SHORT_TIMEOUT_SECONDS = 62;
    private static final double UNTIL_SIGNED_OUT_MILLIS = 90_000;

    @Autowired
    WebServerApplicationContext server;

    @Test
    void aQuietPageWarnsStaySignedInKeepsTheSessionAndTheTimeoutSignsOutWithTheTextStillThere() throws Exception {
        var page = signIn("max");
        var session = shortenTimeout(page);
        page.navigate(url("recognize"));
        var story = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions()
                .setName(Pattern.compile("What did they do")));
        var typed = "Taras stayed after closing to help a customer who had lost her receipt";
        story.fill(typed);

        var stay = button(page, "Stay signed in");
        assertThat(stay).isVisible();
        assertThat(page.getByText("You will be signed out in 1 minute")).isVisible();
        assertThat(page.locator("vaadin-dialog[role=alertdialog]")).hasAttribute("aria-label", "Still there?");
        screenshot(page, "idle-warning");
        var uidl = page.waitForResponse(response -> response.url().contains("v-r=uidl"), stay::click);
        assertThat(stay).isHidden();
        assertThat(story).hasValue(typed);
        assertThat(tomcat(session)).as("the session is kept").isNotNull();
        var headers = uidl.allHeaders();
        assertThat(headers.get("content-security-policy")).as("a UIDL response").contains("default-src 'none'");
        assertThat(headers.get("x-frame-options")).isEqualTo("DENY");
        assertThat(headers.get("x-content-type-options")).isEqualTo("nosniff");

        assertThat(stay).isVisible(); // 2 seconds later: nothing was done since
        var again = button(page, "Sign in again");
        assertThat(again).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions
                .IsVisibleOptions().setTimeout(UNTIL_SIGNED_OUT_MILLIS));
        assertThat(page.getByText("Nothing happened for a while, so you were signed out")).isVisible();
        assertThat(story).hasValue(typed); // still there to copy
        screenshot(page, "idle-signed-out");
        again.click();
        assertThat(button(page, "Sign in")).isVisible();
        assertThat(again).isHidden();
        assertThat(tomcat(session)).as("the old session is gone").isNull();
    }

    @Test
    void theWarningSpeaksUkrainianAndRussianOnAPhone() throws Exception {
        var ukrainian = anonymousPage("uk-UA", 375, 812);
        ukrainian.navigate(url("login"));
        ukrainian.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Ім'я користувача"))
                .fill("bohdan.tkachenko");
        ukrainian.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Пароль")).fill(PASSWORD);
        ukrainian.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Увійти")).click();
        ukrainian.waitForURL(u -> !u.contains("/login"));
        shortenTimeout(ukrainian);
        ukrainian.navigate(url("received"));
        assertThat(button(ukrainian, "Залишитися в системі")).isVisible();
        assertThat(ukrainian.getByText("Через 1 хвилину вас буде виведено із системи")).isVisible();
        screenshot(ukrainian, "idle-warning-uk-phone");

        var russian = anonymousPage("ru-RU", 375, 812);
        russian.navigate(url("tell"));
        shortenTimeout(russian);
        russian.reload();
        var stay = button(russian, "Остаться на странице");
        assertThat(stay).isVisible();
        assertThat(russian.getByText("Через 1 минуту эта страница закроется")).isVisible();
        screenshot(russian, "idle-warning-ru-phone");
        var box = stay.boundingBox();
        assertThat(box.x + box.width).as("the button fits the phone's width").isLessThanOrEqualTo(375);
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Gives the page's session a one-minute timeout in Tomcat; returns the session id. */
    private String shortenTimeout(Page page) throws Exception {
        var id = page.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst()
                .orElseThrow().value;
        var session = tomcat(id);
        assertThat(session).isNotNull();
        session.setMaxInactiveInterval(SHORT_TIMEOUT_SECONDS);
        return id;
    }

    private @Nullable Session tomcat(String id) throws Exception {
        var tomcat = ((TomcatWebServer) server.getWebServer()).getTomcat();
        return ((Context) tomcat.getHost().findChildren()[0]).getManager().findSession(id);
    }
}
