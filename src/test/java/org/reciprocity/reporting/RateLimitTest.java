package org.reciprocity.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.reciprocity.MutableClock;

/** The in-memory limiter on its own: no Spring needed. */
class RateLimitTest {

    private final MutableClock clock = new MutableClock();

    @Test
    void eachKeyHasItsOwnWindowWhichEndsAfterItsLength() {
        clock.set(Instant.parse("2026-05-01T10:00:00Z"));
        var limit = new RateLimit(2, Duration.ofHours(1), clock);
        assertThat(limit.tryAcquire("a")).isTrue();
        assertThat(limit.tryAcquire("a")).isTrue();
        assertThat(limit.tryAcquire("a")).isFalse();
        assertThat(limit.tryAcquire("b")).isTrue();
        clock.advance(Duration.ofMinutes(59));
        assertThat(limit.tryAcquire("a")).isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(limit.tryAcquire("a")).isTrue();
    }

    @Test
    void manyClientsDoNotGrowTheMemoryForever() {
        clock.set(Instant.parse("2026-05-01T10:00:00Z"));
        var limit = new RateLimit(1, Duration.ofMinutes(1), clock);
        for (int i = 0; i < 20_000; i++) {
            limit.tryAcquire("client-" + i);
        }
        clock.advance(Duration.ofMinutes(2));
        limit.tryAcquire("late");
        assertThat(limit.size()).as("expired windows are forgotten").isEqualTo(1);
    }
}
