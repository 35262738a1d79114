package org.reciprocity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reciprocity.MutableClock;
import org.reciprocity.shared.BucketStores;

/**
 * The throttle slows guessing per account and address and per address, never locks the owner out, and keeps its
 * memory bounded whatever strangers send; without Spring, with explicit client addresses.
 */
class LoginThrottleTest {

    static final ThrottleSettings DEFAULTS = new ThrottleSettings(5, 20, Duration.ofMinutes(15),
            Duration.ofSeconds(60), 10_000);
    private static final String STRANGER = "203.0.113.66";
    private static final String OWNER = "198.51.100.7";

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(BucketStores.inMemory(clock), DEFAULTS, clock);

    {
        clock.set(java.time.Instant.parse("2026-03-02T09:00:00Z"));
    }

    private Optional<Duration> waitFor(String username, String address) {
        return throttle.check(username, address).map(LoginThrottle.Refusal::retryAfter);
    }

    /** Fails as often as the throttle lets the attempt through, waiting out each delay: what a patient guesser does. */
    private void failPatiently(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            waitFor(username, address).ifPresent(clock::advance);
            throttle.failed(username, address);
        }
    }

    @Test
    void afterFiveWrongPasswordsEachNextAttemptWaitsLongerUpToAMinute() {
        for (int i = 0; i < DEFAULTS.freeFailuresPerAccount(); i++) {
            assertThat(waitFor("anna", STRANGER)).as("free attempt %d", i + 1).isEmpty();
            throttle.failed("anna", STRANGER);
        }
        var waits = new ArrayList<Long>();
        for (int i = 0; i < 9; i++) {
            var wait = waitFor("anna", STRANGER).orElseThrow();
            waits.add(wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
            clock.advance(wait);
            assertThat(waitFor("anna", STRANGER)).as("after the wait, the next attempt goes through").isEmpty();
            throttle.failed("anna", STRANGER);
        }
        assertThat(waits).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
    }

    @Test
    void aStrangersFailuresNeverRefuseTheOwnerElsewhereNorHereAfterTheWait() {
        failPatiently("admin", STRANGER, 200);
        assertThat(waitFor("admin", STRANGER)).as("the stranger waits").hasValueSatisfying(
                wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(DEFAULTS.longestWait()));
        assertThat(waitFor("admin", OWNER)).as("the owner at their own address is not slowed at all").isEmpty();

        var wait = waitFor("admin", STRANGER).orElseThrow();
        clock.advance(wait);
        assertThat(waitFor("admin", STRANGER)).as("even from the stranger's address, after the wait").isEmpty();
        throttle.succeeded("admin", STRANGER);
        assertThat(waitFor("admin", STRANGER)).isEmpty();
        throttle.failed("admin", STRANGER);
        assertThat(waitFor("admin", STRANGER)).as("a correct password cleared the account's count here").isEmpty();
    }

    @Test
    void sprayingOnePasswordOverManyAccountsFromOneAddressIsSlowed() {
        var refused = 0;
        for (int i = 0; i < 50; i++) {
            if (waitFor("sprayed." + i, STRANGER).isPresent()) {
                refused++;
            } else {
                throttle.failed("sprayed." + i, STRANGER);
            }
        }
        assertThat(refused).as("past the 20 free failures, every quick attempt from there waits").isEqualTo(30);
        assertThat(throttle.check("anna", STRANGER)).hasValueSatisfying(r -> assertThat(r.account())
                .as("the address as a whole waits").isNull());
        assertThat(waitFor("anna", OWNER)).as("other addresses are not slowed").isEmpty();
        clock.advance(DEFAULTS.forgivenAfter());
        assertThat(waitFor("sprayed.1", STRANGER)).as("forgiven in time").isEmpty();
    }

    @Test
    void aUsernameTypedInAnotherCaseOrWithSpacesCountsAsTheSameAccount() {
        for (var typed : new String[] {"Anna", " anna ", "ANNA", "anna", "aNNa\t", "anna"}) {
            throttle.failed(typed, STRANGER);
        }
        assertThat(waitFor(" ANNA", STRANGER)).isPresent();
        assertThat(throttle.delayed()).extracting(SignInDelay::account).containsExactly("anna");
    }

    @Test
    void namesNoAccountCanHaveAreNeverRememberedButCountForTheirAddress() {
        var giant = "anna".repeat(250_000);
        for (int i = 0; i < DEFAULTS.freeFailuresPerAccount() + 1; i++) {
            throttle.failed(giant, STRANGER);
            throttle.failed("Анна", STRANGER);
            throttle.failed("<script>", STRANGER);
        }
        assertThat(throttle.size()).as("one bucket: the address's failures").isEqualTo(1);
        assertThat(waitFor(giant, OWNER)).isEmpty();
        failPatiently(giant, STRANGER, DEFAULTS.freeFailuresPerAddress());
        assertThat(waitFor("anything", STRANGER)).as("the address that sent them waits").isPresent();
        assertThat(throttle.delayed()).singleElement().satisfies(d -> {
            assertThat(d.account()).isNull();
            assertThat(d.address()).isEqualTo(STRANGER);
        });
    }

    @Test
    void aFloodOfDistinctNamesFromDistinctAddressesStaysWithinTheCapacity() {
        var giantAddress = "2001:db8::" + "f".repeat(10_000);
        for (int i = 0; i < 2 * DEFAULTS.capacity(); i++) {
            throttle.failed("sprayed." + i, "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255));
            throttle.failed("sprayed." + i, i + giantAddress);
        }
        assertThat(throttle.size()).isLessThanOrEqualTo(DEFAULTS.capacity());
        assertThat(throttle.delayed()).allSatisfy(d -> assertThat(d.address()).hasSizeLessThanOrEqualTo(45));
    }

    @Test
    void whatIsForgivenIsDroppedFromMemoryByTheSameClockThatCountsTheWait() {
        failPatiently("anna", STRANGER, 9);
        failPatiently("sprayed.1", OWNER, 1);
        assertThat(throttle.size()).isPositive();
        clock.advance(Duration.ofSeconds(10));
        assertThat(waitFor("anna", STRANGER)).as("still waiting: kept, though the cache expires entries").isPresent();
        clock.advance(DEFAULTS.forgivenAfter().multipliedBy(3));
        assertThat(throttle.size()).as("refilled buckets have nothing left to remember").isZero();
    }

    @Test
    void aRefusalIsReportedForTheLogOncePerWindowNotPerRequest() {
        failPatiently("olena", STRANGER, DEFAULTS.freeFailuresPerAccount() + 7);
        var first = 0;
        for (int i = 0; i < 1_000; i++) {
            if (throttle.check("olena", STRANGER).orElseThrow().firstInWindow()) {
                first++;
            }
        }
        assertThat(first).isEqualTo(1);
    }

    @Test
    void forgettingAnAccountLiftsItsWaitsFromEveryAddressClearingLiftsOne() {
        failPatiently("max", STRANGER, 7);
        failPatiently("max", OWNER, 7);
        failPatiently("olena", STRANGER, 7);
        assertThat(throttle.delayed()).hasSize(3);

        throttle.clear("olena", STRANGER);
        assertThat(waitFor("olena", STRANGER)).isEmpty();
        throttle.forget("MAX");
        assertThat(waitFor("max", STRANGER)).isEmpty();
        assertThat(waitFor("max", OWNER)).isEmpty();
        assertThat(throttle.delayed()).isEmpty();
    }
}
