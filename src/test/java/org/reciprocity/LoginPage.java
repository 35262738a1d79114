package org.reciprocity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The sign-in form as a browser without JavaScript meets it, for tests that post it over HTTP: opening the page
 * gives a session cookie and the CSRF token (in its {@code <meta name="_csrf">}), which every sign-in must carry.
 * The client keeps the cookies and never follows redirects, so a test sees where a post sends it.
 */
public final class LoginPage {

    private static final Pattern TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient client;
    private final String base;
    private final String token;

    private LoginPage(HttpClient client, String base, String token) {
        this.client = client;
        this.base = base;
        this.token = token;
    }

    /** Opens {@code /login} of the server at {@code base} (e.g. {@code http://127.0.0.1:8080}) in a new client. */
    public static LoginPage open(String base) throws IOException, InterruptedException {
        return open(base, HttpClient.newBuilder());
    }

    /**
     * The same from a client at a loopback address of its own (127.0.0.0/8 all reaches a server bound to 127.0.0.1):
     * the sign-in throttle counts failures per client address, so a test that fails on purpose uses one.
     */
    public static LoginPage open(String base, String clientAddress) throws IOException, InterruptedException {
        return open(base, HttpClient.newBuilder().localAddress(InetAddress.getByName(clientAddress)));
    }

    private static LoginPage open(String base, HttpClient.Builder builder) throws IOException, InterruptedException {
        var client = builder.cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        var page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        var token = TOKEN.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("The sign-in page carries no CSRF token");
        }
        return new LoginPage(client, base, token.group(1));
    }

    public HttpClient client() {
        return client;
    }

    /** Posts the form with the page's token; the response is the redirect the server answers with. */
    public HttpResponse<Void> signIn(String username, String password) throws IOException, InterruptedException {
        return client.send(post(username, password, token), HttpResponse.BodyHandlers.discarding());
    }

    /** The same post with another token, or none ({@code null}). */
    public HttpRequest post(String username, String password, String csrfToken) {
        var form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + (csrfToken == null ? "" : "&_csrf=" + URLEncoder.encode(csrfToken, StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }
}
