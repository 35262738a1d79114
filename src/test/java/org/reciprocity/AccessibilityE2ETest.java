package org.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reciprocity.Axe.Violation;
import org.reciprocity.RouteAccessMatrixTest.Expectation;
import org.reciprocity.RouteAccessMatrixTest.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * axe-core on every route for its role, in Ukrainian, at 1280 and 375 px: no critical or serious violation of ours.
 * The routes are the app's registered ones (a new route is checked without touching this test); each is opened by
 * the first of anonymous, employee, manager, HR and admin that may open it (per the route-access matrix), with the
 * matrix's path (real demo ids); every signed-in role's start page too, since the shell's navigation differs; and the
 * reporter's status page showing the demo report. Violations inside Vaadin's own components are accepted in
 * {@link AcceptedViolations}' file with their reasons; everything else fails. The figures go to the test output.
 */
class AccessibilityE2ETest extends EndToEndTest {

    private static final Map<Who, String> ACCOUNTS = Map.of(Who.EMPLOYEE, "anna", Who.MANAGER, "max",
            Who.HR, "olena", Who.ADMIN, "admin");
    private static final int[][] WIDTHS = {{1280, 860}, {375, 812}};
    private static final String DEMO_CODE = "DEM0-C0DE-2026-0001";
    /** Vaadin has answered every request and rendered: no round trip under way. */
    private static final String SETTLED = """
            () => {
                const flow = window.Vaadin && window.Vaadin.Flow;
                const clients = flow && flow.clients ? Object.values(flow.clients) : [];
                return clients.length > 0 && clients.every(c => !c.isActive || !c.isActive());
            }""";

    /** A click on a link to the path, as Vaadin's router handles it (the link is gone right after). */
    private static final String FOLLOW_LINK = """
            path => {
                const link = document.createElement('a');
                link.href = path;
                link.setAttribute('router-link', '');
                document.body.appendChild(link);
                link.click();
                link.remove();
            }""";

    @Autowired
    ServletContext servletContext;
    @Autowired
    JdbcTemplate jdbc;

    private final Map<String, String> languagesBefore = new LinkedHashMap<>();
    private final AcceptedViolations accepted = AcceptedViolations.load();
    private final List<String> ours = new ArrayList<>();
    private final Map<String, Integer> byImpact = new TreeMap<>();
    private final Map<String, List<String>> ourMinor = new TreeMap<>();
    private int pagesChecked;
    private long axeNanos;

    @AfterEach
    void restoreLanguages() {
        languagesBefore.forEach((username, language) ->
                jdbc.update("update account set language = ? where username = ?", language, username));
    }

    @Test
    void everyRouteForItsRoleHasNoCriticalOrSeriousViolationOfOursInUkrainian() throws IOException {
        var started = System.nanoTime();
        var plan = plan();
        speakUkrainian();
        for (var entry : plan.entrySet()) {
            var who = entry.getKey();
            var page = anonymousPage("uk-UA", WIDTHS[0][0], WIDTHS[0][1]);
            Axe.install(page);
            if (who != Who.ANONYMOUS) {
                signInInUkrainian(page, ACCOUNTS.get(who));
            }
            for (var size : WIDTHS) {
                page.setViewportSize(size[0], size[1]);
                var first = true;
                for (var path : entry.getValue()) {
                    open(page, path, first);
                    if (first) {
                        screenshot(page, "accessibility-%s-%d".formatted(who.name().toLowerCase(), size[0]));
                    }
                    first = false;
                    check(page, who, path, size[0]);
                    if (path.equals("tell/status")) {
                        showDemoReport(page);
                        check(page, who, path + " (the demo report shown)", size[0]);
                    }
                }
            }
        }
        var routes = new TreeSet<String>();
        plan.values().forEach(routes::addAll);
        report(routes.size(), (System.nanoTime() - started) / 1_000_000_000.0);
        assertThat(ours).as("critical and serious axe violations of ours (not in %s)", AcceptedViolations.RESOURCE)
                .isEmpty();
    }

    /** Who opens which paths: each registered route once, by the first who may; the start page for every role. */
    private Map<Who, List<String>> plan() throws IOException {
        var matrix = new LinkedHashMap<String, Expectation>();
        RouteAccessMatrixTest.expectations().forEach(e -> matrix.put(e.template(), e));
        var plan = new EnumMap<Who, List<String>>(Who.class);
        var skipped = new ArrayList<String>();
        for (var template : new AppRoutes(servletContext).templates()) {
            var expectation = matrix.get(template);
            assertThat(expectation).as("route %s in src/test/resources/route-access", template).isNotNull();
            var who = java.util.Arrays.stream(Who.values()).filter(w -> expectation.mayOpen().get(w)).findFirst();
            if (who.isEmpty()) {
                skipped.add(template);
                continue;
            }
            plan.computeIfAbsent(who.get(), w -> new ArrayList<>()).add(expectation.path());
        }
        for (var who : ACCOUNTS.keySet()) {
            var paths = plan.computeIfAbsent(who, w -> new ArrayList<>());
            if (!paths.contains("")) {
                paths.add(0, "");
            }
        }
        System.out.printf("AccessibilityE2ETest: plan %s; not opened by anyone, so not checked: %s%n", plan, skipped);
        return plan;
    }

    /** The demo accounts read the portal in Ukrainian (their remembered language; restored after the test). */
    private void speakUkrainian() {
        for (var username : ACCOUNTS.values()) {
            languagesBefore.put(username, jdbc.queryForObject(
                    "select language from account where username = ?", String.class, username));
            jdbc.update("update account set language = 'uk' where username = ?", username);
        }
    }

    private void signInInUkrainian(Page page, String username) {
        page.navigate(url("login"));
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(Bundles.uk("login.username")))
                .fill(username);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(Bundles.uk("login.password")))
                .fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Bundles.uk("login.submit"))).click();
        page.waitForURL(u -> !u.contains("/login"));
        page.locator("vaadin-app-layout").waitFor();
    }

    /**
     * Opens the path: the first of each pass by loading the page, the others as a click on a link inside the app
     * does (Vaadin's router, no new page load: quicker, and the way people move through the portal).
     */
    private void open(Page page, String path, boolean load) {
        if (load) {
            page.navigate(url(path));
        } else {
            page.evaluate(FOLLOW_LINK, path);
            page.waitForFunction("path => location.pathname === '/' + path", path);
        }
        settle(page);
    }

    private void showDemoReport(Page page) {
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(Bundles.uk("reporting.status.code")))
                .fill(DEMO_CODE);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Bundles.uk("reporting.status.show"))
                .setExact(true)).click();
        settle(page);
    }

    private static void settle(Page page) {
        page.waitForFunction(SETTLED);
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
    }

    private void check(Page page, Who who, String path, int width) {
        pagesChecked++;
        var where = "%s /%s at %d px".formatted(who.name().toLowerCase(), path, width);
        var text = page.evaluate("() => document.body.innerText");
        assertThat(String.valueOf(text)).as("the text of " + where + " in Ukrainian")
                .containsPattern("[А-Яа-яІіЇїЄєҐґ]");
        var axeStarted = System.nanoTime();
        var violations = Axe.check(page);
        axeNanos += System.nanoTime() - axeStarted;
        for (Violation v : violations) {
            byImpact.merge(v.impact(), 1, Integer::sum);
            if (!v.serious()) {
                ourMinor.computeIfAbsent(v.impact() + " " + v.rule() + " at " + v.target(), k -> new ArrayList<>())
                        .add(where);
            } else if (!accepted.accepts(v)) {
                ours.add("%s: %s %s at %s — %s; %s; %s".formatted(where, v.impact(), v.rule(), v.target(), v.help(),
                        v.summary(), v.html()));
            }
        }
    }

    private void report(int routes, double seconds) {
        System.out.printf("AccessibilityE2ETest: axe-core %s, %d routes, %d page checks (routes × 1280/375 px) in %.1f s (axe %.1f s)%n",
                Axe.version(), routes, pagesChecked, seconds, axeNanos / 1e9);
        System.out.printf("AccessibilityE2ETest: violations (elements) by impact: %s; critical/serious of ours: %d%n",
                byImpact, ours.size());
        accepted.matched().forEach((entry, count) ->
                System.out.printf("AccessibilityE2ETest: accepted %d × %s — %s%n", count, entry, entry.reason()));
        accepted.unused().forEach(entry ->
                System.out.printf("AccessibilityE2ETest: accepted entry matched nothing, delete it? %s%n", entry));
        ourMinor.forEach((what, where) -> System.out.printf("AccessibilityE2ETest: moderate/minor (not failing) %d × %s"
                + " (first on %s)%n", where.size(), what, where.getFirst()));
        ours.forEach(v -> System.out.println("AccessibilityE2ETest: OURS " + v));
    }
}
