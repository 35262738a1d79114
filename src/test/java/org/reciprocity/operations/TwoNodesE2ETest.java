package org.reciprocity.operations;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.reciprocity.Chromium;
import org.reciprocity.EndToEndTest;
import org.reciprocity.PackagedApp;
import org.reciprocity.recognition.ui.RecognitionPages;
import org.reciprocity.reporting.TellUsPages;
import org.springframework.util.FileSystemUtils;

/**
 * Two nodes, one database, as a company that outgrew one server runs the portal: the packaged jar twice, in two
 * JVMs, on one (embedded) PostgreSQL, each with its own node route. What one node does, the other sees; killing a
 * node loses nothing it acknowledged. Behind nginx with {@code docs/nginx/reciprocity.conf} where nginx is installed.
 */
@Tag("e2e")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesE2ETest {

    private static final Pattern NEW_ENTRIES = Pattern.compile("new — show");

    /** The nodes' data folders and logs, and nginx's: kept after the run for anyone to read. */
    private final Path folder = Path.of("target", "two-nodes");

    private EmbeddedPostgres postgres;
    private PackagedApp nodeA;
    private PackagedApp nodeB;
    private Playwright playwright;
    private Browser browser;

    @BeforeAll
    void startTwoNodes() throws Exception {
        PackagedApp.assumePackaged();
        FileSystemUtils.deleteRecursively(folder);
        postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
        // One after the other: the first tells the demo story into the empty database, the second finds it there.
        nodeA = PackagedApp.start(Files.createDirectories(folder.resolve("a")), node("a"));
        nodeA.awaitLogLine("Demo data told in", Duration.ofMinutes(4));
        nodeB = PackagedApp.start(Files.createDirectories(folder.resolve("b")), node("b"));
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
    }

    private String[] node(String route) {
        return new String[] {"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--reciprocity.node.route=" + route};
    }

    @AfterAll
    void stopEverything() throws Exception {
        if (playwright != null) {
            playwright.close();
        }
        for (var node : new PackagedApp[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    /** A fresh browser, seen by the nodes as coming from {@code client} (loopback is a trusted proxy). */
    private Page browserFrom(String client) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("en-US").setViewportSize(1280, 860)
                .setExtraHTTPHeaders(Map.of("X-Forwarded-For", client)));
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    @Test
    @Order(1)
    void aRecognitionGivenOnOneNodeArrivesOnABoardOpenOnTheOther() {
        var reader = EndToEndTest.signIn(browserFrom("198.51.100.1"), nodeB.url(""), "max");
        reader.navigate(nodeB.url(""));
        reader.locator(".recognition-card").first().waitFor();
        assertThat(sessionCookie(reader)).as("node B's session id names its node").endsWith(".b");

        var giver = EndToEndTest.signIn(browserFrom("198.51.100.2"), nodeA.url(""), "iryna.melnyk");
        assertThat(sessionCookie(giver)).endsWith(".a");
        var story = "Kateryna found the right size in the Lviv store and had it sent over <two nodes "
                + UUID.randomUUID() + ">";
        RecognitionPages.recogniseKateryna(giver, nodeA.url(""), story);

        var pill = reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(NEW_ENTRIES));
        assertThat(pill).isVisible();
        pill.click();
        assertThat(reader.locator(".recognition-card").first()).containsText(story);
    }

    @Test
    @Order(2)
    void behindNginxEveryBrowserStaysOnItsNodeAndPushArrivesThroughIt() throws Exception {
        try (var nginx = Nginx.start(folder.resolve("nginx"), nodeA.port(), nodeB.port())) {
            var reader = browserOnNode(nginx.url(""), null);
            var giver = browserOnNode(nginx.url(""), suffix(sessionCookie(reader)).equals(".a") ? ".b" : ".a");
            EndToEndTest.signIn(reader, nginx.url(""), "max");
            EndToEndTest.signIn(giver, nginx.url(""), "iryna.melnyk");
            reader.navigate(nginx.url(""));
            reader.locator(".recognition-card").first().waitFor();
            var story = "Kateryna stayed after closing to help a customer choose a gift <nginx " + UUID.randomUUID() + ">";
            RecognitionPages.recogniseKateryna(giver, nginx.url(""), story);

            var pill = reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(NEW_ENTRIES));
            assertThat(pill).isVisible();
            pill.click();
            assertThat(reader.locator(".recognition-card").first()).containsText(story);
            // Signed in, still: every request of each browser went to the node holding its session.
            assertThat(reader.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Recognition board")))
                    .isVisible();
            System.out.printf("TwoNodesE2ETest: behind nginx, the reader on node %s, the giver on node %s%n",
                    suffix(sessionCookie(reader)), suffix(sessionCookie(giver)));
        }
    }

    @Test
    @Order(3)
    void theEleventhReportOfAnHourFromOneConnectionIsRefusedWhicheverNodeItReaches() {
        var customer = browserFrom("198.51.100.50");
        for (var i = 1; i <= 10; i++) {
            var node = i % 2 == 0 ? nodeB : nodeA;
            TellUsPages.fileAReport(customer, node.url(""), "Report " + i + " of the hour: the cashier was patient "
                    + "and kind with my father. " + UUID.randomUUID());
        }
        TellUsPages.send(customer, nodeB.url(""), "The eleventh: the consultant was very helpful today. "
                + UUID.randomUUID());
        // said beside the form (and in a toast too)
        assertThat(customer.locator(".reporting-form-error"))
                .containsText("Too many reports came from your connection in the last hour.");
        assertThat(customer.locator("#receipt-code")).hasCount(0);

        var someoneElse = browserFrom("198.51.100.51");
        assertThat(TellUsPages.fileAReport(someoneElse, nodeB.url(""), "Another customer: the staff member "
                + "helped me carry the boxes to my car. " + UUID.randomUUID())).isNotBlank();
    }

    /** A browser whose first request through the balancer got a session on the node {@code wanted} (any if null). */
    private Page browserOnNode(String base, String wanted) {
        for (var attempt = 0; attempt < 8; attempt++) {
            var page = browserFrom("198.51.100." + (20 + attempt));
            page.navigate(base + "login");
            if (wanted == null || suffix(sessionCookie(page)).equals(wanted)) {
                return page;
            }
            page.context().close();
        }
        throw new AssertionError("nginx never sent a new browser to node " + wanted);
    }

    private static String suffix(String sessionId) {
        return sessionId.substring(sessionId.lastIndexOf('.'));
    }

    @Test
    @Order(9)
    void killingANodeLosesNoReportItAcknowledged() throws Exception {
        var reporter = browserFrom("198.51.100.9");
        var storyByReceipt = new LinkedHashMap<String, String>();
        for (var i = 0; i < 3; i++) {
            var story = "The cashier stayed calm and kind while a customer shouted at her. " + UUID.randomUUID();
            storyByReceipt.put(TellUsPages.fileAReport(reporter, nodeA.url(""), story), story);
        }
        nodeA.kill();

        var follower = browserFrom("198.51.100.10");
        follower.navigate(nodeB.url("tell/status"));
        for (var receipt : storyByReceipt.entrySet()) {
            assertThat(TellUsPages.receiptOpens(follower, receipt.getKey(), receipt.getValue()))
                    .as("receipt shown by node A opens its report on node B after A was killed").isTrue();
        }
    }

    private static String sessionCookie(Page page) {
        return page.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie")).value;
    }
}
