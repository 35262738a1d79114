package org.reciprocity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Strangers must not be able to fill the heap through the sign-in form: giant usernames used to be remembered in
 * full and forever (200 posts of a million characters held 189 MB; about 970 ran out of memory). Runs against the
 * real server on a loopback port, in the browser tests' JVM and Spring context, from loopback addresses of its own.
 */
@Tag("e2e")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.address=127.0.0.1")
class LoginFloodTest {

    private static final int GIANT_POSTS = 250;
    private static final int MILLION = 1_000_000;
    private static final int FLOOD = 10_000;
    private static final int FLOOD_ADDRESSES = 20;
    private static final int FLOOD_NAME_LENGTH = 50_000;
    private static final long MB = 1024 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    ThrottleSettings settings;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void failedSignInsWithGiantDistinctUsernamesLeaveTheHeapBounded() throws Exception {
        var remembered = throttle.size();
        var before = heapAfterGc();
        var client = new LoginPosts("127.0.0.201", port);
        for (int i = 0; i < GIANT_POSTS; i++) {
            var location = client.signIn(Integer.toString(i) + "x".repeat(MILLION), "wrong-" + i);
            assertThat(LoginPosts.refusedAsWrong(location) || LoginPosts.refusedToWait(location))
                    .as("refused like any wrong password, or told to wait: %s", location).isTrue();
        }
        var after = heapAfterGc();
        System.out.printf("LoginFloodTest: %d posts of 1,000,000-character usernames: retained heap %+d MB "
                + "(before %d MB, after %d MB), throttle keeps %d buckets%n", GIANT_POSTS,
                (after - before) / MB, before / MB, after / MB, throttle.size());

        assertThat(throttle.size() - remembered).as("names no account can have are not remembered; the address is")
                .isLessThanOrEqualTo(3);
        assertThat(after - before).as("retained heap growth (each post carried 1 MB)").isLessThan(50 * MB);
    }

    @Test
    void tenThousandFailedSignInsWithGiantDistinctUsernamesFromManyAddressesLeaveTheHeapBounded() throws Exception {
        var before = heapAfterGc();
        var clients = new LoginPosts[FLOOD_ADDRESSES];
        for (int a = 0; a < FLOOD_ADDRESSES; a++) {
            clients[a] = new LoginPosts("127.0.1." + (a + 1), port);
        }
        int wrong = 0;
        int waiting = 0;
        for (int i = 0; i < FLOOD; i++) {
            var name = Integer.toString(i) + "y".repeat(FLOOD_NAME_LENGTH);
            var location = clients[i % FLOOD_ADDRESSES].signIn(name, "guess");
            if (LoginPosts.refusedToWait(location)) {
                waiting++;
            } else if (LoginPosts.refusedAsWrong(location)) {
                wrong++;
            }
        }
        var after = heapAfterGc();
        System.out.printf("LoginFloodTest: %,d failed sign-ins with %,d-character usernames from %d addresses: "
                + "%,d checked and wrong, %,d told to wait; retained heap %+d MB; throttle keeps %,d buckets%n",
                FLOOD, FLOOD_NAME_LENGTH, FLOOD_ADDRESSES, wrong, waiting, (after - before) / MB, throttle.size());

        assertThat(wrong + waiting).as("every one refused").isEqualTo(FLOOD);
        assertThat(waiting).as("each address is slowed after its free failures")
                .isGreaterThanOrEqualTo(FLOOD - FLOOD_ADDRESSES * (settings.freeFailuresPerAddress() + 10));
        assertThat(after - before).as("retained heap growth (%,d MB were posted)", FLOOD * (long) FLOOD_NAME_LENGTH / MB)
                .isLessThan(50 * MB);
        assertThat(throttle.size()).isLessThanOrEqualTo(settings.capacity());
    }

    @Test
    void sprayedPlausibleUsernamesFromManyAddressesStayWithinTheThrottlesCapacity() {
        for (int i = 0; i < 2 * settings.capacity(); i++) {
            var attempt = UsernamePasswordAuthenticationToken.unauthenticated("sprayed." + i, "guess");
            attempt.setDetails(new WebAuthenticationDetails("10.9." + (i >> 8 & 255) + "." + (i & 255), null));
            events.publishEvent(new AuthenticationFailureBadCredentialsEvent(attempt,
                    new BadCredentialsException("Bad credentials")));
        }
        assertThat(throttle.size()).isLessThanOrEqualTo(settings.capacity());
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
