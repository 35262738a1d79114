package org.reciprocity.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reciprocity.EndToEndTest;

/**
 * Every page of the portal runs under its Content-Security-Policy without the browser refusing anything: Vaadin's
 * bootstrap, its components and overlays, the push connection and the charts that load Chart.js from the WebJar.
 * (Every other browser test checks the same for the pages it visits; see {@link EndToEndTest}.)
 */
class ContentSecurityPolicyE2ETest extends EndToEndTest {

    /** Who opens which pages; a case page and charts included. */
    private static final Map<String, List<String>> PAGES = Map.of(
            "max", List.of("", "recognize", "received", "people/1", "assessment", "assessment/history",
                    "check-ins", "tell/mine", "directory", "vision", "board/tv"),
            "olena", List.of("review", "review/1", "assessment/overview", "vision/edit", "vision/acknowledgements",
                    "organisation"),
            "admin", List.of("admin/accounts", "admin/import"));

    @Test
    void theAnonymousPagesRunUnderThePolicy() {
        var page = anonymousPage();
        var visited = 0;
        for (var path : List.of("login", "tell", "tell/status")) {
            page.navigate(url(path));
            settle(page);
            visited++;
        }
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Receipt code"))
                .fill("DEM0-C0DE-2026-0001");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
        settle(page);
        report("anonymous", visited);
    }

    @Test
    void everySignedInPageRunsUnderThePolicy() {
        var visited = 0;
        for (var entry : PAGES.entrySet()) {
            var page = signIn(entry.getKey());
            for (var path : entry.getValue()) {
                page.navigate(url(path));
                settle(page);
                visited++;
            }
        }
        report("signed-in", visited);
    }

    @Test
    void aDialogAndAChartDrawUnderThePolicy() {
        var admin = signIn("admin");
        admin.navigate(url("admin/accounts"));
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open account").setExact(true)).click();
        admin.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Cancel")).waitFor();
        settle(admin);

        var max = signIn("max");
        max.navigate(url("assessment/history"));
        max.locator("canvas").first().waitFor();
        max.waitForFunction("() => { const c = document.querySelector('canvas'); return c && c.$chart; }");
        report("dialog and chart", 2);
    }

    private static void settle(Page page) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    private void report(String what, int pages) {
        System.out.printf("ContentSecurityPolicyE2ETest: %s: %d pages, %d violations%s%n", what, pages,
                policyViolations().size(), policyViolations().isEmpty() ? "" : ": " + policyViolations());
        assertThat(policyViolations()).isEmpty();
    }
}
