package org.reciprocity.operations;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reciprocity.LoginPage;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Actuator as a load balancer and Prometheus meet it, on the real server of the browser tests (same context): on
 * the management port with no session and no sign-in; on the public port not at all. And the request log's lines
 * for what a visitor may type into a path.
 */
@Tag("e2e")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.address=127.0.0.1")
class ManagementPortE2ETest {

    private static final Pattern UIS = Pattern.compile("(?m)^reciprocity_ui_active (\\d+)\\.0$");

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Logger requestLog = (Logger) LoggerFactory.getLogger("reciprocity.requests");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void listen() {
        lines.start();
        requestLog.addAppender(lines);
    }

    @AfterEach
    void stopListening() {
        requestLog.detachAppender(lines);
    }

    @Test
    void theHealthGroupsAnswerUpOnTheManagementPortWithoutASessionOrSignIn() throws Exception {
        assertThat(port).isNotEqualTo(managementPort);
        for (var group : List.of("", "/liveness", "/readiness")) {
            var health = get(management("/actuator/health" + group));
            assertThat(health.statusCode()).as(group).isEqualTo(200);
            assertThat(health.body()).as(group).contains("\"status\":\"UP\"").doesNotContain("details");
            assertThat(health.headers().firstValue("Set-Cookie")).as("no session for " + group).isEmpty();
        }
    }

    @Test
    void prometheusScrapesThePortalsFiguresOnTheManagementPort() throws Exception {
        // a visitor opens "Tell us": Vaadin makes a UI
        var visitor = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(visitor.send(request(main("/?v-r=init&location=tell&query=")), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(200);

        get(main("/tell/status/DEM0-C0DE-2026-0001")); // typed into a path: no figure may carry it

        var scrape = get(management("/actuator/prometheus"));

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("reciprocity_reports_filed_total{kind=\"PRAISE\"}",
                "reciprocity_recognitions_given_total{source=\"COLLEAGUE\"}", "reciprocity_cases_overdue ",
                "hikaricp_connections_active", "jvm_memory_used_bytes");
        assertThat(scrape.body()).contains("http_server_requests_seconds_count").doesNotContain("DEM0");
        var uis = UIS.matcher(scrape.body());
        assertThat(uis.find()).as("the open-UI gauge").isTrue();
        assertThat(Integer.parseInt(uis.group(1))).as("at least the visitor's UI").isPositive();
    }

    @Test
    void thePublicPortServesNoActuatorEndpointToStrangersOrEmployees() throws Exception {
        for (var endpoint : List.of("/actuator/health", "/actuator/health/readiness", "/actuator/prometheus")) {
            var stranger = get(main(endpoint));
            assertThat(stranger.statusCode()).as("an address the portal has not: " + endpoint).isEqualTo(404);
            assertThat(stranger.body()).as(endpoint).doesNotContain("\"status\":\"UP\"", "reciprocity_");
        }
        var anna = LoginPage.open(main(""));
        anna.signIn("anna", "reciprocity");
        for (var endpoint : List.of("/actuator/health", "/actuator/prometheus")) {
            var employee = anna.client().send(request(main(endpoint)), HttpResponse.BodyHandlers.ofString());
            assertThat(employee.statusCode()).as(endpoint).isIn(403, 404);
            assertThat(employee.body()).as(endpoint).doesNotContain("\"status\":\"UP\"", "reciprocity_");
        }
    }

    @Test
    void theRequestLogShowsRoutesNeverWhatWasTypedIntoAPathOrQuery() throws Exception {
        get(main("/tell/status?code=DEM0-C0DE-2026-0001"));
        get(main("/tell/status/DEM0-C0DE-2026-0001"));
        get(main("/people/anna.kovalenko"));
        get(main("/chart-glue.js"));

        var logged = awaitLines(4);
        assertThat(logged).anySatisfy(line -> assertThat(line).startsWith("method=GET route=/tell/status status=200"))
                .anySatisfy(line -> assertThat(line).startsWith("method=GET route=[other] status=404"))
                .anySatisfy(line -> assertThat(line).startsWith("method=GET route=/people/:id status=302"));
        assertThat(logged).allSatisfy(line -> assertThat(line).doesNotContain("DEM0", "anna", "127.0.0.1", "code="));
        assertThat(logged).as("a static file logs at DEBUG only").noneMatch(line -> line.contains("chart-glue"));
        assertThat(lines.list).allSatisfy(event -> assertThat(event.getKeyValuePairs())
                .extracting(pair -> pair.key).contains("method", "route", "status", "ms"));
    }

    private List<String> awaitLines(int requests) throws InterruptedException {
        // each line is written as the request ends, which can be just after its answer arrived here
        for (int i = 0; i < 50 && lines.list.size() < requests - 1; i++) {
            Thread.sleep(100);
        }
        Thread.sleep(200);
        return lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(request(url), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).build();
    }

    private String main(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private String management(String path) {
        return "http://127.0.0.1:" + managementPort + path;
    }
}
