package org.reciprocity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reciprocity.LoginPage;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The security headers, session cookie and sign-in form as the real server answers them over HTTP on a loopback
 * port, directly and through a TLS proxy on this machine ({@code X-Forwarded-Proto: https}): Vaadin's pages and its
 * own requests (init, UIDL, heartbeat, the push handshake) alike. Runs in the browser tests' JVM and Spring context.
 */
@Tag("e2e")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.address=127.0.0.1")
class SecurityHeadersTest {

    private static final Pattern SCRIPT_NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern PUSH_ID = Pattern.compile("\"Vaadin-Push-ID\":\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void theLoginAndTellPagesAndTheSignedInBoardCarryEverySecurityHeader() throws Exception {
        var anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (var path : List.of("/login", "/tell", "/tell/status")) {
            var page = anonymous.send(get(path).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertSecurityHeaders(path, page.headers(), page.body());
        }

        var login = LoginPage.open(base());
        assertThat(login.signIn("anna", "reciprocity").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        var board = login.client().send(get("/").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(board.statusCode()).isEqualTo(200);
        assertSecurityHeaders("/ signed in", board.headers(), board.body());

        var script = login.client().send(get("/chart-glue.js").build(), HttpResponse.BodyHandlers.discarding());
        assertThat(script.headers().firstValue("X-Content-Type-Options")).as("static files too").hasValue("nosniff");
        assertThat(script.headers().firstValue(ContentSecurityPolicy.HEADER)).isPresent();
    }

    @Test
    void vaadinsOwnResponsesCarryTheHeadersToo() throws Exception {
        var login = LoginPage.open(base());
        var init = login.client().send(get("/?v-r=init&location=login&query=").build(),
                HttpResponse.BodyHandlers.ofString());
        assertFrameworkResponse("init", init);
        var ui = find(UI_ID, init.body());
        var uidl = login.client().send(HttpRequest.newBuilder(URI.create(base() + "/?v-r=uidl&v-uiId=" + ui))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"csrfToken\":\"" + find(SECURITY_KEY, init.body()) + "\",\"rpc\":[],\"syncId\":0,"
                                + "\"clientId\":0}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(uidl.body()).as("a UIDL answer").contains("\"syncId\"");
        assertFrameworkResponse("UIDL", uidl);
        var heartbeat = login.client().send(HttpRequest.newBuilder(URI.create(base() + "/?v-r=heartbeat&v-uiId="
                + ui)).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertFrameworkResponse("heartbeat", heartbeat);

        var handshake = pushHandshake(ui, find(PUSH_ID, init.body()), sessionId(login.client()));
        assertThat(handshake).as("push").startsWith("HTTP/1.1 101").contains("X-Frame-Options: DENY",
                "X-Content-Type-Options: nosniff", ContentSecurityPolicy.HEADER + ": default-src 'none'");
    }

    @Test
    void theSessionCookieIsLaxHttpOnlyAndSecureOnlyOverHttpsAsIsHsts() throws Exception {
        var plain = HttpClient.newHttpClient().send(get("/login").build(), HttpResponse.BodyHandlers.discarding());
        assertThat(sessionCookie(plain.headers())).contains("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("Secure");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();

        var proxied = HttpClient.newHttpClient().send(get("/login").header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(sessionCookie(proxied.headers())).contains("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .containsIgnoringCase("Secure");
        assertThat(proxied.headers().firstValue("Strict-Transport-Security"))
                .as("HSTS behind a TLS proxy on this machine")
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
    }

    @Test
    void noRedirectCarriesTheSessionIdInItsUrl() throws Exception {
        var client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        // a stranger's first request creates the session that remembers where they wanted to go
        var toSignIn = client.send(get("/review").build(), HttpResponse.BodyHandlers.discarding());
        assertThat(toSignIn.statusCode()).isEqualTo(302);
        assertThat(sessionCookie(toSignIn.headers())).isNotEmpty();

        var login = LoginPage.open(base());
        var failed = login.signIn("anna", "not-her-password");
        var succeeded = login.signIn("anna", "reciprocity");
        for (var redirect : List.of(toSignIn, failed, succeeded)) {
            assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).doesNotContainIgnoringCase("jsessionid"));
        }
    }

    @Test
    void signingInRenewsTheSessionIdAndNeedsTheFormsCsrfToken() throws Exception {
        var login = LoginPage.open(base());
        var before = sessionId(login.client());

        var withoutToken = login.client().send(login.post("anna", "reciprocity", null),
                HttpResponse.BodyHandlers.discarding());
        var withForeignToken = login.client().send(login.post("anna", "reciprocity", "forged-elsewhere"),
                HttpResponse.BodyHandlers.discarding());
        for (var refused : List.of(withoutToken, withForeignToken)) {
            // refused before the password is looked at: not even "wrong password" (/login?error), no new session
            assertThat(refused.statusCode()).as("login CSRF").isIn(302, 403);
            assertThat(refused.headers().firstValue("Location").orElse(base() + "/login"))
                    .isEqualTo(base() + "/login");
        }
        assertThat(sessionId(login.client())).as("not signed in").isEqualTo(before);

        var signedIn = login.signIn("anna", "reciprocity");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
        assertThat(sessionId(login.client())).as("a new session id on sign-in").isNotEqualTo(before);
    }

    private static void assertFrameworkResponse(String what, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(what).isEqualTo(200);
        var headers = response.headers();
        assertThat(headers.firstValue(ContentSecurityPolicy.HEADER)).as(what).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'none'", "frame-ancestors 'none'"));
        assertThat(headers.allValues("X-Frame-Options")).as(what).containsExactly("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
        assertThat(headers.firstValue("Permissions-Policy")).as(what).isPresent();
    }

    /** The WebSocket upgrade of Vaadin's push connection, as a browser sends it; the response head as text. */
    private String pushHandshake(String ui, String pushId, String session) throws Exception {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            out.write(("GET /VAADIN/push?v-r=push&v-uiId=" + ui + "&v-pushId=" + pushId
                    + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket"
                    + "&X-Atmosphere-TrackMessageSize=true&X-atmo-protocol=true HTTP/1.1\r\n"
                    + "Host: 127.0.0.1:" + port + "\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
                    + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Cookie: JSESSIONID=" + session + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            var head = new StringBuilder();
            for (var line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                head.append(line).append('\n');
            }
            return head.toString();
        }
    }

    private static String find(Pattern pattern, String text) {
        var matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(pattern.pattern()).isTrue();
        return matcher.group(1);
    }

    private void assertSecurityHeaders(String page, HttpHeaders headers, String html) {
        var csp = headers.firstValue(ContentSecurityPolicy.HEADER).orElseThrow(() -> new AssertionError(page));
        var nonce = SCRIPT_NONCE.matcher(html);
        assertThat(nonce.find()).as(page + ": the page's scripts carry the nonce").isTrue();
        assertThat(csp).as(page).contains("default-src 'none'", "frame-ancestors 'none'", "object-src 'none'",
                "base-uri 'self'", "form-action 'self'", "script-src 'self' 'nonce-" + nonce.group(1) + "'")
                .doesNotContain("script-src 'self' 'unsafe-inline'");
        assertThat(headers.allValues("X-Frame-Options")).as(page).containsExactly("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).as(page).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).as(page).hasValue("same-origin");
        assertThat(headers.firstValue("Permissions-Policy")).as(page).hasValueSatisfying(policy -> assertThat(policy)
                .contains("camera=()", "microphone=()", "geolocation=()", "payment=()"));
        assertThat(headers.firstValue("Cross-Origin-Opener-Policy")).as(page).hasValue("same-origin");
        assertThat(headers.firstValue("Strict-Transport-Security")).as(page + " over plain HTTP").isEmpty();
    }

    private static String sessionCookie(HttpHeaders headers) {
        return headers.allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElse("");
    }

    private static String sessionId(HttpClient client) {
        var cookies = (CookieManager) client.cookieHandler().orElseThrow();
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse("");
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path));
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
