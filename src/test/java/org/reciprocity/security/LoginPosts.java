package org.reciprocity.security;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Posts the login form to the real test server as a client at a loopback address of its own (127.0.0.0/8 all
 * reaches the server bound to 127.0.0.1), so that tests that fail on purpose do not slow the browser tests, which
 * come from 127.0.0.1.
 */
final class LoginPosts {

    private final HttpClient client;
    private final int port;

    LoginPosts(String clientAddress, int port) {
        try {
            this.client = HttpClient.newBuilder().localAddress(InetAddress.getByName(clientAddress))
                    .followRedirects(HttpClient.Redirect.NEVER).build();
        } catch (IOException e) {
            throw new IllegalArgumentException(clientAddress, e);
        }
        this.port = port;
    }

    /** Posts the form and answers where the server sends the browser next ({@code Location}). */
    String signIn(String username, String password) throws IOException, InterruptedException {
        var form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        var response = client.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 302) {
            throw new AssertionError("the login form answered " + response.statusCode() + ", not a redirect");
        }
        return response.headers().firstValue("Location").orElseThrow();
    }

    static boolean refusedToWait(String location) {
        return location.matches(".*/login\\?wait=\\d+$");
    }

    static boolean refusedAsWrong(String location) {
        return location.endsWith("/login?error");
    }
}
