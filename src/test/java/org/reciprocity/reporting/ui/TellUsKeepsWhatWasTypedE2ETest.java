package org.reciprocity.reporting.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.reciprocity.EndToEndTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Nothing typed into "Tell us" is lost, on a phone (reached by keyboard past the header's skip link): a language switch and an ended session both start the page over,
 * and the report comes back with a note; a mistake leads to its field; the receipt code takes the focus, is said
 * to screen readers, and opens on the status page without ever being in the address or the tab's storage; a message
 * being written there to the company survives an ended session as well. The
 * session is ended in Tomcat directly rather than waited for.
 */
class TellUsKeepsWhatWasTypedE2ETest extends EndToEndTest {

    private static final String DRAFTS = "Object.keys(sessionStorage).filter(k => k.startsWith('reciprocity.draft.'))";

    @Autowired
    WebServerApplicationContext server;

    private static Page.GetByRoleOptions name(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void aHalfWrittenReportSurvivesALanguageSwitchAndAnEndedSessionAndItsReceiptOpensOnTheStatusPage() {
        var page = anonymousPage("uk-UA", 375, 812);
        page.navigate(url("tell?location=kyiv-podil"));
        page.locator(".reporting-form").waitFor();

        // the first Tab reaches the skip link, which leads past the header to the page's own content
        page.keyboard().press("Tab");
        var skip = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Перейти до вмісту"));
        assertThat(skip).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.locator(".reporting-content")).isFocused();

        // a mistake: the focus goes to the first field to fix, the kind of report at the top
        page.getByRole(AriaRole.BUTTON, name("Надіслати").setExact(true)).click();
        assertThat(page.getByText("Виберіть, про що ви хочете розповісти.")).isVisible();
        assertThat(page.locator("vaadin-radio-group input:focus")).hasCount(1);

        page.getByRole(AriaRole.RADIO, name("Хтось добре обслужив")).check();
        page.getByRole(AriaRole.TEXTBOX, name("Хто це був?")).fill("Касирка в зеленому шарфі");
        var begun = "Вона запам'ятала моє ім'я після першого візиту ";
        var what = page.getByRole(AriaRole.TEXTBOX, name("Що сталося?"));
        what.fill(begun);

        // the session ends; what is typed next makes the page start over, and all of it comes back
        endSession(page);
        page.evaluate("window.beforeTheSessionEnded = true");
        // one letter: what is typed while the page is starting over has no field to go to
        var typed = begun + "і";
        what.pressSequentially("і");
        page.waitForFunction("!window.beforeTheSessionEnded"); // the page started over
        var note = page.locator(".draft-note");
        assertThat(note).containsText("Ми відновили те, що ви встигли ввести.");
        assertThat(what).hasValue(typed);
        assertThat(page.getByRole(AriaRole.RADIO, name("Хтось добре обслужив"))).isChecked();
        assertThat(page.getByRole(AriaRole.TEXTBOX, name("Хто це був?"))).hasValue("Касирка в зеленому шарфі");
        screenshot(page, "draft-restored-uk-phone");

        // the language switch starts the page over too, in Russian, with the draft back
        var story = typed + UUID.randomUUID();
        what.fill(story);
        page.locator(".language-switch vaadin-select").click();
        page.getByRole(AriaRole.OPTION, name("Русский")).click();
        assertThat(page.getByRole(AriaRole.HEADING, name("Расскажите нам"))).isVisible();
        assertThat(note).containsText("Мы восстановили то, что вы успели ввести.");
        assertThat(page.getByRole(AriaRole.RADIO, name("Кто-то хорошо обслужил"))).isChecked();
        assertThat(page.getByRole(AriaRole.TEXTBOX, name("Что произошло?"))).hasValue(story);
        screenshot(page, "draft-restored-ru-phone");

        // sent: the code takes the focus and is announced; the draft is gone from the tab
        page.getByRole(AriaRole.BUTTON, name("Отправить").setExact(true)).click();
        var code = page.locator("#receipt-code");
        assertThat(code).isFocused();
        var receipt = code.innerText().strip();
        assertThat(page.locator("#reciprocity-announcer")).containsText(receipt);
        screenshot(page, "receipt-ru-phone");
        assertThat(((Number) page.evaluate(DRAFTS + ".length")).intValue()).isZero();

        page.getByRole(AriaRole.BUTTON, name("Проверить сообщение")).click();
        page.waitForURL(u -> u.endsWith("/tell/status"));
        assertThat(page.getByRole(AriaRole.TEXTBOX, name("Код квитанции"))).hasValue(receipt);
        assertThat(page.getByText(story)).isVisible();
        assertThat(page.getByText("Получено").first()).isVisible();
        var stored = (String) page.evaluate("JSON.stringify(sessionStorage) + JSON.stringify(localStorage)");
        assertThat(stored).as("the code is kept by the person only").doesNotContain(receipt);

        // a message to the company being written survives the ended session too: the code typed again brings it back
        var message = page.getByRole(AriaRole.TEXTBOX, name("Ваше сообщение"));
        message.pressSequentially("Спасибо ей ещё раз");
        endSession(page);
        page.reload();
        // still in Russian, the language picked, though the browser asks for Ukrainian and the session is new
        page.getByRole(AriaRole.TEXTBOX, name("Код квитанции")).fill(receipt);
        page.getByRole(AriaRole.BUTTON, name("Показать").setExact(true)).click();
        assertThat(message).hasValue("Спасибо ей ещё раз");
        assertThat(page.locator(".reporting-followup .draft-note")).containsText("Мы восстановили");
        page.getByRole(AriaRole.BUTTON, name("Отправить").setExact(true)).click();
        assertThat(page.locator(".reporting-message-reporter").last()).containsText("Спасибо ей ещё раз");
        assertThat(message).hasValue("");
        assertThat(((Number) page.evaluate(DRAFTS + ".length")).intValue()).as("sent: the draft is gone").isZero();
    }

    /** Ends the page's session in Tomcat, as its idle timeout would. */
    private void endSession(Page page) {
        var id = page.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst()
                .orElseThrow().value;
        var tomcat = ((TomcatWebServer) server.getWebServer()).getTomcat();
        try {
            ((Context) tomcat.getHost().findChildren()[0]).getManager().findSession(id).expire();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
