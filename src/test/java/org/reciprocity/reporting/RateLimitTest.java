package org.reciprocity.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.reciprocity.MutableClock;
import org.reciprocity.shared.BucketStores;

/** The limiter on its own over in-memory buckets (one node): no Spring needed. */
class RateLimitTest {

    private final MutableClock clock = new MutableClock();
    private final BucketStores buckets = BucketStores.inMemory(clock);

    @Test
    void eachKeyHasItsOwnWindowWhichEndsAfterItsLength() {
        clock.set(Instant.parse("2026-05-01T10:00:00Z"));
        var limit = new RateLimit(buckets.open("t", 100), "reports", 2, Duration.ofHours(1), "secret");
        assertThat(limit.tryAcquire("a")).isTrue();
        assertThat(limit.tryAcquire("a")).isTrue();
        assertThat(limit.tryAcquire("a")).isFalse();
        assertThat(limit.tryAcquire("b")).isTrue();
        clock.advance(Duration.ofMinutes(59));
        assertThat(limit.tryAcquire("a")).isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(limit.tryAcquire("a")).isTrue();
        assertThat(limit.tryAcquire("a")).isTrue();
        assertThat(limit.tryAcquire("a")).as("the new window has the same limit").isFalse();
    }

    @Test
    void manyClientsStayWithinTheCapacityAndPassedWindowsAreForgotten() {
        clock.set(Instant.parse("2026-05-01T10:00:00Z"));
        var store = buckets.open("t", 1_000);
        var limit = new RateLimit(store, "reports", 1, Duration.ofMinutes(1), "secret");
        for (int i = 0; i < 20_000; i++) {
            limit.tryAcquire("client-" + i);
        }
        assertThat(store.size()).isLessThanOrEqualTo(1_000);
        clock.advance(Duration.ofMinutes(2));
        limit.tryAcquire("late");
        assertThat(store.size()).as("passed windows are forgotten").isEqualTo(1);
    }

    @Test
    void theStoreHoldsAKeyedHashNeverTheClientsAddress() {
        var store = buckets.open("t", 100);
        new RateLimit(store, "reports", 10, Duration.ofHours(1), "secret").tryAcquire("203.0.113.9");
        new RateLimit(store, "lookups", 10, Duration.ofHours(1), "another secret").tryAcquire("203.0.113.9");
        var keys = store.keysStartingWith("").toList();
        assertThat(keys).hasSize(2).noneMatch(key -> key.contains("203.0.113"))
                .allMatch(key -> key.matches("(reports|lookups):[A-Za-z0-9_-]{22}"));
        assertThat(keys.get(0).substring(8)).as("another secret, another hash").isNotEqualTo(keys.get(1).substring(8));
    }
}
