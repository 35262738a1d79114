package org.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The hostile-input suite over plain HTTP: every payload of {@link HostilePayloads} as the login form's username and
 * password, and as the QR link's {@code /tell?location=}. Refused as any wrong password or unknown place is, or as
 * too large (413); never a server error, never an error in the log.
 */
class HostileRequestsE2ETest extends EndToEndTest {

    private static final Pattern CSRF = Pattern.compile(
            "name=\"_csrf\"[^>]*value=\"([^\"]+)\"|content=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    /**
     * Payloads sent from one client address: fewer than the sign-in throttle's free failures per address, so that
     * every payload reaches the password check rather than a "wait" (and the browser tests' 127.0.0.1 is not slowed).
     */
    private static final int PAYLOADS_PER_CLIENT = 15;

    @Test
    void theLoginFormAndTheQrLinkAnswerEveryPayloadWithoutAServerError() throws Exception {
        var payloads = HostilePayloads.all();
        var serverErrors = new ArrayList<String>();
        var statuses = new TreeMap<Integer, Integer>();
        try (var errors = ServerErrors.watch()) {
            HttpClient http = null;
            String token = null;
            var posts = 0;
            var links = 0;
            for (var payload : payloads) {
                if (posts % PAYLOADS_PER_CLIENT == 0) {
                    http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                            .localAddress(InetAddress.getByName("127.0.3." + (posts / PAYLOADS_PER_CLIENT + 1)))
                            .cookieHandler(new CookieManager()).build();
                    token = csrfToken(http);
                }
                var login = http.send(loginPost(payload.text(), payload.text(), token), HttpResponse.BodyHandlers.discarding());
                posts++;
                statuses.merge(login.statusCode(), 1, Integer::sum);
                if (login.statusCode() >= 500 || login.statusCode() == 302
                        && !login.headers().firstValue("Location").orElse("").contains("/login?error")) {
                    serverErrors.add("login " + login.statusCode() + " " + payload);
                }
                if (payload.text().length() < 2000) { // longer lines are refused by the server's request-line limit
                    var link = http.send(HttpRequest.newBuilder(URI.create(url("tell?location="
                            + URLEncoder.encode(payload.text(), StandardCharsets.UTF_8)))).build(),
                            HttpResponse.BodyHandlers.discarding());
                    links++;
                    statuses.merge(link.statusCode(), 1, Integer::sum);
                    if (link.statusCode() >= 500) {
                        serverErrors.add("QR link " + link.statusCode() + " " + payload);
                    }
                }
            }
            System.out.printf("HostileRequestsE2ETest: %d payloads: login form %d posts (payload as username and "
                    + "password), QR link /tell?location= %d requests; responses by status %s; %d server errors "
                    + "(%d logged)%n", payloads.size(), posts, links, statuses, serverErrors.size(), errors.errors().size());
            assertThat(serverErrors).isEmpty();
            assertThat(errors.errors()).as("errors the server logged").isEmpty();
        }
    }

    /** The login form's CSRF token when the page carries one (the form is refused without it then). */
    private @Nullable String csrfToken(HttpClient http) throws IOException, InterruptedException {
        var page = http.send(HttpRequest.newBuilder(URI.create(url("login"))).build(), HttpResponse.BodyHandlers.ofString());
        var matcher = CSRF.matcher(page.body());
        return matcher.find() ? (matcher.group(1) != null ? matcher.group(1) : matcher.group(2)) : null;
    }

    private HttpRequest loginPost(String username, String password, @Nullable String token) {
        var form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + (token == null ? "" : "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(url("login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }
}
