package org.reciprocity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.reciprocity.MutableClock;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;

/** The throttle's memory stays bounded whatever strangers send, without Spring. */
class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private void fail(String username) {
        throttle.onFailure(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(username, "guess"),
                new BadCredentialsException("Bad credentials")));
    }

    @Test
    void namesNoAccountCanHaveAreNeitherRememberedNorLocked() {
        var giant = "anna".repeat(250_000);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            fail(giant);
            fail("Анна");
            fail("<script>");
        }
        assertThat(throttle.size()).isZero();
        assertThat(throttle.isLocked(giant)).isFalse();
    }

    @Test
    void aUsernameTypedInAnotherCaseOrWithSpacesCountsAsTheSameAccount() {
        fail("Anna");
        fail(" anna ");
        fail("ANNA");
        fail("anna");
        fail("aNNa\t");
        assertThat(throttle.size()).isEqualTo(1);
        assertThat(throttle.isLocked("anna")).isTrue();
    }

    @Test
    void whenFullExpiredEntriesGoFirstThenTheOldest() {
        fail("expired.one");
        clock.set(clock.instant().plus(LoginThrottle.WINDOW).plusSeconds(1));
        for (int i = 0; i < LoginThrottle.CAPACITY; i++) {
            fail("sprayed." + i);
        }
        assertThat(throttle.size()).isEqualTo(LoginThrottle.CAPACITY);
        clock.set(clock.instant().plus(Duration.ofSeconds(1)));
        fail("newest");
        assertThat(throttle.size()).isEqualTo(LoginThrottle.CAPACITY);
        fail("newest");
        assertThat(throttle.size()).as("counting again for a remembered name makes no room").isEqualTo(LoginThrottle.CAPACITY);
    }
}
