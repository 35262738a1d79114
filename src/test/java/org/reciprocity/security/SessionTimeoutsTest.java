package org.reciprocity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reciprocity.LoginPage;
import org.reciprocity.MutableClock;
import org.reciprocity.RunAs;
import org.reciprocity.people.Directory;
import org.reciprocity.people.EmployeeForm;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.data.domain.PageRequest;

/**
 * The sessions the real server keeps, looked up in Tomcat by the browser's cookie: how long each may sit idle by
 * its roles, and what an admin's change of someone's roles does to that person's open session. Runs in the
 * browser tests' JVM and Spring context.
 */
@Tag("e2e")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.address=127.0.0.1")
class SessionTimeoutsTest {

    private static final String PASSWORD = "reciprocity";

    @LocalServerPort
    int port;
    @Autowired
    WebServerApplicationContext server;
    @Autowired
    RunAs runAs;
    @Autowired
    AccountService accounts;
    @Autowired
    Directory directory;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void hrAndAdminSitIdleFifteenMinutesEveryoneElseThirty() throws Exception {
        var minutes = Map.of("anna", 30, "max", 30, "olena", 15, "admin", 15);
        for (var person : minutes.entrySet()) {
            var client = signedIn(person.getKey(), PASSWORD);
            assertThat(session(client).getMaxInactiveInterval()).as(person.getKey())
                    .isEqualTo(person.getValue() * 60);
        }
        var stranger = LoginPage.open(base()).client();
        assertThat(session(stranger).getMaxInactiveInterval()).as("anonymous").isEqualTo(30 * 60);
    }

    @Test
    void aRoleAddedByTheAdminEndsThePersonsSessionAndTheNextSignInBringsItInANewOne() throws Exception {
        var username = "promoted." + System.nanoTime() % 1_000_000;
        var opened = runAs.user("admin", () -> accounts.open(new NewAccount(username, "a-long-enough-secret",
                Set.of(Role.EMPLOYEE), directory.save(new EmployeeForm(null, 0, "Promoted " + username, "Clerk",
                        username + "@test.example", directory.departments().getFirst().id(),
                        directory.locations().getFirst().id(), null)).id())));
        var employee = signedIn(username, "a-long-enough-secret");
        var before = sessionId(employee);
        assertThat(session(employee).getMaxInactiveInterval()).isEqualTo(30 * 60);

        runAs.user("admin", () -> accounts.change(new AccountChange(opened.id(),
                accounts.find(username, PageRequest.of(0, 1)).getContent().getFirst().version(),
                Set.of(Role.EMPLOYEE, Role.HR), true)));
        clock.advance(DisabledAccountFilter.RECHECK.plusSeconds(1)); // the filter looks again after a few seconds
        var next = employee.send(get("/review"), HttpResponse.BodyHandlers.discarding());
        assertThat(next.statusCode()).as("sent to sign in again").isEqualTo(302);
        assertThat(server(before)).as("the session with the old roles is gone").isNull();

        var hr = signedIn(username, "a-long-enough-secret");
        assertThat(sessionId(hr)).isNotEqualTo(before);
        assertThat(hr.send(get("/review"), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
        assertThat(session(hr).getMaxInactiveInterval()).as("now HR: the shorter timeout").isEqualTo(15 * 60);
    }

    /** A client signed in with the form, after its first page (where the session learns its timeout). */
    private HttpClient signedIn(String username, String password) throws Exception {
        var login = LoginPage.open(base());
        var response = login.signIn(username, password);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
        login.client().send(get("/"), HttpResponse.BodyHandlers.discarding());
        return login.client();
    }

    private Session session(HttpClient client) throws Exception {
        var session = server(sessionId(client));
        assertThat(session).isNotNull();
        return session;
    }

    private @Nullable Session server(String id) throws Exception {
        var tomcat = ((TomcatWebServer) server.getWebServer()).getTomcat();
        var context = (Context) tomcat.getHost().findChildren()[0];
        return context.getManager().findSession(id);
    }

    static String sessionId(HttpClient client) {
        var cookies = (CookieManager) client.cookieHandler().orElseThrow();
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path)).build();
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
