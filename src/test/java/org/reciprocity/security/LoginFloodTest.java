package org.reciprocity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

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
    private static final int FLOOD_NAME_LENGTH = 20_000;
    private static final long MB = 1024 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    ThrottleSettings settings;

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
        var wrong = new AtomicInteger();
        var waiting = new AtomicInteger();
        var perAddress = FLOOD / FLOOD_ADDRESSES;
        var senders = Executors.newFixedThreadPool(4); // a few clients at once, as a flood comes
        try {
            var sent = new ArrayList<Future<?>>();
            for (int a = 0; a < FLOOD_ADDRESSES; a++) {
                var address = a;
                sent.add(senders.submit(() -> {
                    var client = new LoginPosts("127.0.1." + (address + 1), port);
                    for (int i = 0; i < perAddress; i++) {
                        var name = address + "." + i + "y".repeat(FLOOD_NAME_LENGTH);
                        var location = client.signIn(name, "guess");
                        if (LoginPosts.refusedToWait(location)) {
                            waiting.incrementAndGet();
                        } else if (LoginPosts.refusedAsWrong(location)) {
                            wrong.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (var future : sent) {
                future.get();
            }
        } finally {
            senders.shutdownNow();
        }
        var after = heapAfterGc();
        System.out.printf("LoginFloodTest: %,d failed sign-ins with %,d-character usernames from %d addresses: "
                + "%,d checked and wrong, %,d told to wait; retained heap %+d MB; throttle keeps %,d buckets%n",
                FLOOD, FLOOD_NAME_LENGTH, FLOOD_ADDRESSES, wrong.get(), waiting.get(), (after - before) / MB,
                throttle.size());

        assertThat(wrong.get() + waiting.get()).as("every one refused").isEqualTo(FLOOD);
        assertThat(wrong.get()).as("each address had its free failures, then one per wait (1 s, 2 s … 60 s)")
                .isLessThanOrEqualTo(FLOOD_ADDRESSES * (settings.freeFailuresPerAddress() + 30));
        assertThat(after - before).as("retained heap growth (%,d MB were posted)", FLOOD * (long) FLOOD_NAME_LENGTH / MB)
                .isLessThan(50 * MB);
        assertThat(throttle.size()).isLessThanOrEqualTo(settings.capacity());
    }

    @Test
    void sprayedPlausibleUsernamesFromManyAddressesStayWithinTheThrottlesCapacity() {
        for (int i = 0; i < 2 * settings.capacity(); i++) {
            throttle.failed("sprayed." + i, "10.9." + (i >> 8 & 255) + "." + (i & 255));
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
