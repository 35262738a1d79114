package org.reciprocity.security;

import java.io.IOException;
import org.reciprocity.LoginPage;

/**
 * The login form posted to the real test server by a client at a loopback address of its own ({@link LoginPage}),
 * answering where the server sends the browser next: tests that fail on purpose do not slow the browser tests,
 * which come from 127.0.0.1.
 */
final class LoginPosts {

    private final LoginPage page;

    LoginPosts(String clientAddress, int port) throws IOException, InterruptedException {
        this.page = LoginPage.open("http://127.0.0.1:" + port, clientAddress);
    }

    /** Posts the form and answers the redirect's {@code Location}. */
    String signIn(String username, String password) throws IOException, InterruptedException {
        var response = page.signIn(username, password);
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
