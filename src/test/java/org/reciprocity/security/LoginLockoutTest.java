package org.reciprocity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reciprocity.MutableClock;
import org.reciprocity.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;

/**
 * A stranger cannot lock anyone out, an administrator included, and one address cannot spray a password over many
 * accounts: the real server and form, clients at loopback addresses of their own (127.0.0.x all reach it).
 */
@Tag("e2e")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.address=127.0.0.1")
class LoginLockoutTest {

    private static final String PASSWORD = "the-owners-own-secret";
    private static final Pattern WAIT = Pattern.compile(".*/login\\?wait=(\\d+)$");

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    SecurityLog log;
    @Autowired
    RunAs runAs;
    @Autowired
    MutableClock clock;
    @Autowired
    ThrottleSettings settings;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String newAdministrator() {
        var username = "owner." + System.nanoTime() % 1_000_000;
        runAs.user("admin", () -> accounts.open(new NewAccount(username, PASSWORD, Set.of(Role.ADMIN), null)));
        return username;
    }

    private static boolean signedIn(String location) {
        return !location.contains("/login");
    }

    @Test
    void aStrangersFailuresNeverRefuseTheOwnerFromElsewhereNorFromTheirAddressAfterTheWait() throws Exception {
        var owner = newAdministrator();
        var stranger = new LoginPosts("127.0.0.211", port);
        int wrong = 0;
        int toldToWait = 0;
        for (int i = 0; i < 40; i++) {
            var location = stranger.signIn(owner, "guess-" + i);
            wrong += LoginPosts.refusedAsWrong(location) ? 1 : 0;
            toldToWait += LoginPosts.refusedToWait(location) ? 1 : 0;
        }
        System.out.printf("LoginLockoutTest: 40 quick guesses at %s from one address: %d checked, %d told to wait%n",
                owner, wrong, toldToWait);
        assertThat(wrong).as("free failures, then waits").isEqualTo(settings.freeFailuresPerAccount());
        assertThat(toldToWait).isEqualTo(40 - settings.freeFailuresPerAccount());

        assertThat(signedIn(new LoginPosts("127.0.0.212", port).signIn(owner, PASSWORD)))
                .as("the owner from another address gets in at once").isTrue();

        var there = stranger.signIn(owner, PASSWORD);
        var matcher = WAIT.matcher(there);
        assertThat(matcher.matches()).as("from the stranger's address even the right password waits: %s", there)
                .isTrue();
        var seconds = Integer.parseInt(matcher.group(1));
        assertThat(seconds).isBetween(1, (int) settings.longestWait().toSeconds());
        clock.advance(Duration.ofSeconds(seconds));
        assertThat(signedIn(stranger.signIn(owner, PASSWORD))).as("and gets in after the wait").isTrue();

        var delayed = runAs.user("admin", () -> log.find(EnumSet.of(SecurityEventKind.SIGN_IN_DELAYED), owner,
                PageRequest.of(0, 50)).getContent());
        assertThat(delayed).as("one entry per wait, not one per refused request (%d were refused)", toldToWait + 1)
                .hasSize(1).allSatisfy(entry -> assertThat(entry.address()).isEqualTo("127.0.0.211"));
    }

    @Test
    void sprayingOnePasswordOverFiftyAccountsFromOneAddressIsSlowed() throws Exception {
        var sprayer = new LoginPosts("127.0.0.213", port);
        int wrong = 0;
        int toldToWait = 0;
        for (int i = 0; i < 50; i++) {
            var location = sprayer.signIn("spray." + i, "Summer2026!");
            wrong += LoginPosts.refusedAsWrong(location) ? 1 : 0;
            toldToWait += LoginPosts.refusedToWait(location) ? 1 : 0;
        }
        System.out.printf("LoginLockoutTest: one password over 50 accounts from one address: %d checked, "
                + "%d told to wait%n", wrong, toldToWait);
        assertThat(wrong).isEqualTo(settings.freeFailuresPerAddress());
        assertThat(toldToWait).isEqualTo(50 - settings.freeFailuresPerAddress());
        assertThat(signedIn(new LoginPosts("127.0.0.214", port).signIn("anna", "reciprocity")))
                .as("another address is not slowed").isTrue();
    }
}
