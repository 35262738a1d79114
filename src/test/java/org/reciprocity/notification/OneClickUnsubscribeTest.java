package org.reciprocity.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reciprocity.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * RFC 8058 one-click unsubscribe against the real server on a loopback port, as a mail reader does it: the address
 * and the POST header are taken from a mail the sender really sent (GreenMail); the POST carries no session cookie
 * and no CSRF token. The page keeps its own address. Runs in the browser tests' JVM and Spring context.
 */
@Tag("e2e")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.address=127.0.0.1")
class OneClickUnsubscribeTest {

    /** A client without a cookie store: no session, ever. */
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;
    @Autowired
    NotificationMail mail;
    @Autowired
    OutboxSender sender;
    @Autowired
    Preferences preferences;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationContext context;

    long anna;

    @BeforeEach
    void annaGetsMailAboutHerReports() {
        anna = jdbc.sql("select employee_id from account where username = 'anna'").query(Long.class).single();
        preferences.restore(anna, Category.MY_REPORTS, Delivery.EMAIL);
    }

    @AfterEach
    void putBack() {
        annaGetsMailAboutHerReports();
        clock.reset();
    }

    @Test
    void aMailReadersOneClickPostStopsTheMailWithoutSessionOrCsrfTokenAndAgainChangesNothing() throws Exception {
        var message = sentMail();
        assertThat(message.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        var header = message.getHeader("List-Unsubscribe", null);
        var url = header.substring(1, header.length() - 1).replace("http://localhost:8080", base());

        for (var attempt = 1; attempt <= 2; attempt++) {
            var answer = post(url);
            assertThat(answer.statusCode()).as("attempt %d", attempt).isEqualTo(200);
            assertThat(answer.body()).isEmpty();
            assertThat(answer.headers().allValues("Set-Cookie")).as("no session made").isEmpty();
            assertThat(preferences.of(anna, Category.MY_REPORTS)).isEqualTo(Delivery.IN_APP);
        }
    }

    @Test
    void aLinkWeDidNotSignOrThatExpiredIsRefusedAndChangesNothing() throws Exception {
        var mailed = Instant.parse("2041-05-02T10:00:00Z");
        clock.set(mailed);
        var token = TestTokens.category(context, anna, Category.MY_REPORTS);
        var oneClick = base() + "/" + UnsubscribeService.ONE_CLICK;
        assertThat(post(oneClick + "?token=" + token.substring(0, token.length() - 1) + "x").statusCode()).isEqualTo(400);
        assertThat(post(oneClick + "?token=garbage").statusCode()).isEqualTo(400);
        assertThat(post(oneClick).statusCode()).as("no token").isEqualTo(400);
        assertThat(post(oneClick + "?token=" + token + "A".repeat(UnsubscribeTokens.LONGEST)).statusCode()).isEqualTo(400);
        clock.set(mailed.plus(context.getBean(MailSettings.class).unsubscribeValid()));
        assertThat(post(oneClick + "?token=" + token).statusCode()).as("expired").isEqualTo(400);
        assertThat(preferences.of(anna, Category.MY_REPORTS)).isEqualTo(Delivery.EMAIL);
    }

    @Test
    void thePageKeepsItsAddressAndAGetOfTheOneClickAddressLeadsThereStoppingNothing() throws Exception {
        var token = TestTokens.category(context, anna, Category.MY_REPORTS);
        var page = CLIENT.send(HttpRequest.newBuilder(URI.create(base() + "/unsubscribe?token=" + token)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<html");

        var redirect = CLIENT.send(HttpRequest.newBuilder(URI.create(base() + "/unsubscribe/one-click?token=" + token))
                .build(), HttpResponse.BodyHandlers.discarding());
        assertThat(redirect.statusCode()).isEqualTo(303);
        assertThat(redirect.headers().firstValue("Location")).hasValue("/unsubscribe?token=" + token);
        assertThat(preferences.of(anna, Category.MY_REPORTS)).isEqualTo(Delivery.EMAIL);
    }

    /** A notification about Anna's report, mailed to GreenMail by the outbox's sender. */
    private MimeMessage sentMail() throws Exception {
        Mailbox.empty(jdbc);
        var at = clock.instant();
        jdbc.sql("insert into notification (recipient_id, kind, subject_id, detail, once_key, created_at) "
                        + "values (?, 'REPORT_UPDATED', 0, '', ?, ?)")
                .params(anna, "one-click-test-" + UUID.randomUUID(), NotificationStore.utc(at)).update();
        var id = jdbc.sql("select max(id) from notification").query(Long.class).single();
        transaction.executeWithoutResult(t -> mail.queue(new StoredNotification(id, anna,
                NotificationKind.REPORT_UPDATED, 0, "", at)));
        sender.sendDue();
        var received = MailServer.server().getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    private HttpResponse<String> post(String url) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
