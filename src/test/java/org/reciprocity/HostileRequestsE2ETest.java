package org.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The hostile-input suite over plain HTTP: every payload of {@link HostilePayloads} as the login form's username and
 * password, and as the QR link's {@code /tell?location=}. Refused as any wrong password or unknown place is, or as
 * too large (413); never a server error, never an error in the log.
 */
class HostileRequestsE2ETest extends EndToEndTest {

    /**
     * Payloads sent from one client address: fewer than the sign-in throttle's free failures per address, so that
     * every payload reaches the password check rather than a "wait" (and the browser tests' 127.0.0.1 is not slowed).
     */
    private static final int PAYLOADS_PER_CLIENT = 15;

    @Test
    void theLoginFormAndTheQrLinkAnswerEveryPayloadWithoutAServerError() throws Exception {
        var payloads = HostilePayloads.all();
        var base = url("").replaceFirst("/$", "");
        var serverErrors = new ArrayList<String>();
        var statuses = new TreeMap<Integer, Integer>();
        try (var errors = ServerErrors.watch()) {
            LoginPage login = null;
            var posts = 0;
            var links = 0;
            for (var payload : payloads) {
                if (posts % PAYLOADS_PER_CLIENT == 0) {
                    login = LoginPage.open(base, "127.0.3." + (posts / PAYLOADS_PER_CLIENT + 1));
                }
                var http = login.client();
                var signIn = login.signIn(payload.text(), payload.text());
                posts++;
                statuses.merge(signIn.statusCode(), 1, Integer::sum);
                if (signIn.statusCode() >= 500 || signIn.statusCode() == 302
                        && !signIn.headers().firstValue("Location").orElse("").contains("/login?error")) {
                    serverErrors.add("login " + signIn.statusCode() + " " + payload);
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
}
