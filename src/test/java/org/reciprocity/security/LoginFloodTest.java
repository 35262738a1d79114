package org.reciprocity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Tag;
import org.reciprocity.LoginPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;

/**
 * One anonymous address must not be able to fill the heap through the sign-in form: giant usernames used to be
 * remembered in full and forever (200 posts of a million characters held 189 MB; about 970 ran out of memory).
 * Runs against the real server on a loopback port, in the browser tests' JVM and Spring context.
 */
@Tag("e2e")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.address=127.0.0.1")
class LoginFloodTest {

    private static final int GIANT_POSTS = 250;
    private static final int MILLION = 1_000_000;
    private static final long MB = 1024 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void failedSignInsWithGiantDistinctUsernamesLeaveTheHeapBounded() throws Exception {
        var remembered = throttle.size();
        var before = heapAfterGc();
        var login = LoginPage.open("http://127.0.0.1:" + port);
        for (int i = 0; i < GIANT_POSTS; i++) {
            var username = Integer.toString(i) + "x".repeat(MILLION);
            var response = login.signIn(username, "wrong-" + i);
            assertThat(response.statusCode()).as("refused like any wrong password").isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).contains("/login?error"));
        }
        var after = heapAfterGc();
        System.out.printf("LoginFloodTest: %d posts of 1,000,000-character usernames: retained heap %+d MB "
                + "(before %d MB, after %d MB), throttle remembers %d usernames%n", GIANT_POSTS,
                (after - before) / MB, before / MB, after / MB, throttle.size());

        assertThat(throttle.size()).as("names no account can have are not remembered").isEqualTo(remembered);
        assertThat(after - before).as("retained heap growth (each post carried 1 MB)").isLessThan(50 * MB);
    }

    @Test
    void sprayedPlausibleUsernamesStayWithinTheThrottlesCapacity() {
        for (int i = 0; i < 2 * LoginThrottle.CAPACITY; i++) {
            var attempt = UsernamePasswordAuthenticationToken.unauthenticated("sprayed." + i, "guess");
            events.publishEvent(new AuthenticationFailureBadCredentialsEvent(attempt,
                    new BadCredentialsException("Bad credentials")));
        }
        assertThat(throttle.size()).isEqualTo(LoginThrottle.CAPACITY);
    }

    private static long heapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
