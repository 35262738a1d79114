package org.reciprocity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reciprocity.HostilePayloads.Payload;
import org.reciprocity.people.Directory;
import org.reciprocity.reporting.FileReport;
import org.reciprocity.reporting.ReportKind;
import org.reciprocity.reporting.ReportService;
import org.reciprocity.review.CaseWorkflow;
import org.reciprocity.shared.CompanySettings;
import org.reciprocity.shared.Text;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The hostile-input suite in the browser: what a reporter told — every script payload of {@link HostilePayloads} —
 * is shown on the reporter's status page and on HR's case page and queue, and a representative set of payloads goes
 * through the real forms (Tell us, the reporter's message, sign-in). Every payload that would run calls
 * {@code __pwned()} or opens a dialog; none may. The forms refuse with the message next to the field or store
 * exactly what the browser sent, normalised; no response is a server error.
 */
class HostilePagesE2ETest extends EndToEndTest {

    @Autowired
    ReportService reports;
    @Autowired
    CaseWorkflow workflow;
    @Autowired
    Directory directory;
    @Autowired
    CompanySettings company;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RunAs runAs;

    /** A form field marked as refused (its inner parts carry {@code invalid} too). */
    private static final String INVALID = ":is(vaadin-text-field, vaadin-text-area, vaadin-email-field, vaadin-checkbox, "
            + "vaadin-radio-group, vaadin-combo-box, vaadin-date-time-picker)[invalid]";

    /** Types a value into a field's input as a script in the page could; returns the value the field then holds. */
    private static final String TYPE = """
            (input, value) => {
                input.value = value;
                input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
                input.dispatchEvent(new Event('change', {bubbles: true}));
                return input.closest('vaadin-text-field, vaadin-text-area, vaadin-email-field').value;
            }""";

    private final AtomicInteger scripts = new AtomicInteger();
    private final List<String> serverErrors = new ArrayList<>();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A page whose every script run is counted: payloads call {@code __pwned()} or open a dialog. */
    private Page trapped(Page page) {
        page.context().exposeFunction("__pwned", args -> scripts.incrementAndGet());
        page.context().onDialog(dialog -> {
            scripts.incrementAndGet();
            dialog.dismiss();
        });
        page.context().onResponse(response -> {
            if (response.status() >= 500) {
                serverErrors.add(response.status() + " " + response.url());
            }
        });
        return page;
    }

    /** No script ran, no flag was set, and nothing on the page says the server failed. */
    private void assertNothingRan(Page page, String where) {
        assertThat(scripts.get()).as("scripts run on " + where).isZero();
        assertThat(page.evaluate("() => window.__xss === undefined")).as("window.__xss on " + where).isEqualTo(true);
        assertThat(page.getByText("Something went wrong").count()).as("error notice on " + where).isZero();
        assertThat(page.getByText("Internal error").count()).as("internal error on " + where).isZero();
    }

    @Test
    void nothingAReporterToldRunsOnTheReporterOrHrPages() {
        var scriptPayloads = HostilePayloads.all().stream().filter(p -> !p.family().equals("giant")).toList();
        var receipt = runAs.anonymous(() -> reports.file(FileReport.anonymous(ReportKind.STAFF_MISTREATED, podil(),
                anHourAgo(), "<img src=x onerror=__pwned()> the guard", "The customer wrote <script>__pwned()</script> "
                        + "and <svg onload=__pwned()> on the board by the door."), "hostile-pages-" + System.nanoTime()));
        var id = jdbc.queryForObject("select max(id) from report", Long.class);
        var told = 0;
        var last = "";
        try (var errors = ServerErrors.watch()) {
            for (var payload : scriptPayloads) {
                try {
                    runAs.anonymous(() -> reports.addReporterMessage(receipt.code(), payload.text(),
                            "hostile-pages-" + System.nanoTime()));
                    told++;
                    last = Text.lines(payload.text());
                } catch (RuntimeException refused) {
                    // refused with a message: HostileInputTest checks which; here only what is shown matters
                }
            }
            runAs.user("olena", () -> workflow.reply(id, "We read \"><img src=x onerror=__pwned()> and javascript:__pwned()"));

            var reporter = trapped(anonymousPage());
            reporter.navigate(url("tell/status"));
            reporter.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Receipt code")).fill(receipt.code());
            reporter.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show").setExact(true)).click();
            assertThat(reporter.locator(".reporting-message")).hasCount(told + 1);
            assertNothingRan(reporter, "the reporter's status page");
            screenshot(reporter, "hostile-status");

            var hr = signIn(trapped(anonymousPage()), "olena");
            hr.navigate(url("review/" + id));
            assertThat(hr.locator(".review-message")).hasCount(told + 1);
            assertThat(hr.locator(".review-message-reporter").last()).containsText(last.substring(0, Math.min(6, last.length())));
            assertNothingRan(hr, "HR's case page");
            screenshot(hr, "hostile-case");
            hr.navigate(url("review"));
            hr.locator("vaadin-grid").first().waitFor();
            assertNothingRan(hr, "HR's queue");

            System.out.printf("HostilePagesE2ETest: %d payloads told as messages, %d stored and shown on the reporter's "
                    + "and HR's pages: %d scripts executed, %d server errors (%d logged)%n", scriptPayloads.size(), told,
                    scripts.get(), serverErrors.size(), errors.errors().size());
            assertThat(serverErrors).isEmpty();
            assertThat(errors.errors()).isEmpty();
        }
    }

    /** One filing through the Tell us form: who, what and the e-mail as set in the browser. */
    private record Filing(Payload payload, String what, String email) {
    }

    private static final List<Filing> FILINGS = List.of(
            new Filing(new Payload("script", "<img src=x onerror=__pwned()>"), story("<img src=x onerror=__pwned()>"), ""),
            new Filing(new Payload("script", "\"><script>__pwned()</script>"), "\"><script>__pwned()</script>", ""),
            new Filing(new Payload("script", "javascript:__pwned()"), story("<a href=\"javascript:__pwned()\">x</a>"), ""),
            new Filing(new Payload("sql", "'; DROP TABLE report; --"), story("' OR '1'='1"), ""),
            new Filing(new Payload("formula", "=HYPERLINK(\"http://evil.example/\",\"Click\")"), story("+cmd|' /C calc'!A0"),
                    ""),
            new Filing(new Payload("crlf", "x\r\nSet-Cookie: session=evil"), story("x\r\n\r\nLocation: /evil"),
                    "me@example.com\r\nBcc: victim@example.com"),
            new Filing(new Payload("invisible", "\u00a0".repeat(12)), "a" + "\u2003".repeat(30), "x@[127.0.0.1]"),
            new Filing(new Payload("control", "before\u0000after"), story("bell\u0007"), ""),
            new Filing(new Payload("bidi", "invoice\u202etxt.exe"), story("price 100\u202e00 UAH"), ""),
            new Filing(new Payload("utf16", "lone \ud800 surrogate"), story("lone \udc00 low"), ""),
            new Filing(new Payload("giant", "x".repeat(HostilePayloads.MEGABYTE)), "y".repeat(HostilePayloads.MEGABYTE), ""),
            new Filing(new Payload("oddity", "\u200b\u2003Ira\u2003\u200b"), story("👨‍👩‍👧‍👦 and Z̴̡̛͓̞a̶̢̛͎l̷̨̛g̵̛o"),
                    " ira@example.com\u00a0"));

    @Test
    void theFormsRefuseNextToTheFieldOrStoreExactlyWhatTheBrowserSentNormalised() {
        var start = clock.instant();
        var refused = 0;
        var stored = new ArrayList<Long>();
        try (var errors = ServerErrors.watch()) {
            var page = trapped(anonymousPage());
            for (int i = 0; i < FILINGS.size(); i++) {
                clock.set(start.plus(Duration.ofHours(2L * (i + 1)))); // a new window of the public rate limits
                var filing = FILINGS.get(i);
                page.navigate(url("tell?location=kyiv-podil"));
                page.locator(".reporting-form").waitFor();
                page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Someone served well")).check();
                var who = set(page, "Who was it?", filing.payload().text());
                var what = set(page, "What happened?", filing.what());
                // the box sends its value lazily: the server has it when its counter says so
                assertThat(page.locator("vaadin-text-area [slot=helper]"))
                        .containsText(String.format(Locale.US, "Now: %,d.", Text.visibleLength(Text.lines(what))));
                set(page, "Your e-mail (optional)", filing.email());
                if (!filing.email().isEmpty()) {
                    page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("You may contact me at this address about this report.")).check();
                }
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send").setExact(true)).click();
                settle(page);
                assertNothingRan(page, "Tell us with " + filing.payload());
                if (page.locator("#receipt-code").count() == 0) {
                    refused += refusals(page, filing.payload());
                    continue;
                }
                var code = page.locator("#receipt-code").innerText().strip();
                var told = runAs.anonymous(() -> reports.lookup(code, "hostile-pages-" + System.nanoTime())).orElseThrow();
                assertThat(told.who()).as("who as stored, " + filing.payload()).isEqualTo(Text.line(who));
                assertThat(told.what()).as("what as stored, " + filing.payload()).isEqualTo(Text.lines(what));
                stored.add(jdbc.queryForObject("select max(id) from report", Long.class));
                refused += message(page, code, filing.payload());
            }
            var hr = signIn(trapped(anonymousPage()), "olena");
            for (var id : stored) {
                hr.navigate(url("review/" + id));
                hr.locator(".review-text").first().waitFor();
                assertNothingRan(hr, "HR's case page of report " + id);
            }
            System.out.printf("HostilePagesE2ETest: %d filings through the Tell us form in Chromium (%d fields refused "
                    + "with a message next to them, %d reports stored as normalised and opened by HR): %d scripts "
                    + "executed, %d server errors (%d logged)%n", FILINGS.size(), refused, stored.size(), scripts.get(),
                    serverErrors.size(), errors.errors().size());
            assertThat(serverErrors).isEmpty();
            assertThat(errors.errors()).isEmpty();
            assertThat(refused).as("some filings are refused").isPositive();
            assertThat(stored).as("some filings are stored").isNotEmpty();
        }
    }

    @Test
    void theSignInFormAnswersHostileNamesAsAnyWrongPassword() {
        var page = trapped(anonymousPage());
        for (var typed : List.of("<img src=x onerror=__pwned()>", "admin'--", "olena\u0000", "\u202eanna",
                "x".repeat(100_000))) {
            page.navigate(url("login"));
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Username")).fill(typed);
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password")).fill(typed);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            page.waitForURL(u -> u.contains("/login?error"));
            assertThat(page.getByText("Could not sign you in")).isVisible();
            assertNothingRan(page, "the sign-in page");
        }
        assertThat(serverErrors).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en-US", "uk-UA", "ru-RU"})
    void refusalsAreShownNextToTheirFieldsOnAPhone(String locale) {
        var page = trapped(anonymousPage(locale, 375, 812));
        page.navigate(url("tell?location=kyiv-podil"));
        page.locator(".reporting-form").waitFor();
        page.locator("vaadin-radio-button").first().click();
        var fields = page.locator("vaadin-text-field, vaadin-text-area, vaadin-email-field");
        setField(fields.nth(0), "Andrii\u0000");
        setField(fields.nth(1), "a" + "\u2003".repeat(30));
        assertThat(page.locator("vaadin-text-area [slot=helper]")).containsText("1");
        setField(page.locator("vaadin-email-field"), "me@[127.0.0.1]");
        page.locator(".reporting-form vaadin-button[theme~=primary]").click();
        assertThat(page.locator(INVALID)).hasCount(3);
        var width = (Number) page.evaluate("document.documentElement.scrollWidth");
        assertThat(width.intValue()).as("nothing wider than the phone").isLessThanOrEqualTo(375);
        page.locator("vaadin-email-field").scrollIntoViewIfNeeded();
        screenshot(page, "hostile-refused-" + locale.substring(0, 2) + "-phone");
        assertNothingRan(page, "Tell us in " + locale);
    }

    /** Waits until the page has its answer from the server: no request of the Vaadin client is under way. */
    private static void settle(Page page) {
        page.waitForFunction("() => !Object.values(window.Vaadin.Flow.clients).some(client => client.isActive())");
    }

    /** The refused fields show their message; returns how many. */
    private static int refusals(Page page, Payload payload) {
        var invalid = page.locator(INVALID);
        var count = invalid.count();
        for (int i = 0; i < count; i++) {
            var message = (String) invalid.nth(i).evaluate("field => field.localName + ': ' + field.errorMessage");
            System.out.println("  refused (" + payload.family() + ") " + message);
            assertThat(message).as("a message next to each refused field, " + payload).doesNotEndWith(": null")
                    .doesNotEndWith(": ");
        }
        return count;
    }

    /** The reporter writes the payload as a message on their status page: refused next to the box, or shown. */
    private int message(Page page, String code, Payload payload) {
        // "Check a report" carries the code to the status page and shows the report at once: typing it again and
        // pressing Show would draw the report anew while the payload is being typed into it
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check a report")).click();
        page.waitForURL(url -> url.endsWith("/tell/status"));
        assertThat(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Receipt code")))
                .hasValue(code);
        page.locator(".reporting-followup").waitFor();
        var sent = set(page, "Your message", payload.text());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send message")).click();
        settle(page);
        assertNothingRan(page, "the status page with " + payload);
        if (page.locator("vaadin-text-area[invalid]").count() > 0) {
            return refusals(page, payload);
        }
        var told = runAs.anonymous(() -> reports.lookup(code, "hostile-pages-" + System.nanoTime())).orElseThrow();
        assertThat(told.messages().getLast().text()).as("the message as stored, " + payload).isEqualTo(Text.lines(sent));
        return 0;
    }

    /**
     * Sets a field's value as a script in the page would (no length limit, any character) and tells the field, as
     * typing does; returns the value the field now holds, which is what the server receives.
     */
    private static String set(Page page, String label, String value) {
        return (String) page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).evaluate(TYPE, value);
    }

    private static void setField(Locator field, String value) {
        field.locator("input, textarea").evaluate(TYPE, value);
    }

    private static String story(String payload) {
        return "At the till this morning the customer wrote: " + payload + " — and then left.";
    }

    private long podil() {
        return runAs.anonymous(() -> directory.locationByCode("kyiv-podil").orElseThrow().id());
    }

    private LocalDateTime anHourAgo() {
        return LocalDateTime.ofInstant(clock.instant(), company.timeZone()).minusHours(1).withNano(0);
    }
}
