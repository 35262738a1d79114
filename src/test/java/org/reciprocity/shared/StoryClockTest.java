package org.reciprocity.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class StoryClockTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant THEN = Instant.parse("2026-06-01T09:00:00Z");

    private final StoryClock clock = new StoryClock(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void tellsTheTimeOfItsBaseClockOutsideAStory() {
        assertThat(clock.instant()).isEqualTo(NOW);
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void duringAStoryStandsAtItsMomentAndAfterwardsReturnsToTheBaseClock() {
        assertThat(clock.call(THEN, clock::instant)).isEqualTo(THEN);
        assertThat(clock.instant()).isEqualTo(NOW);
    }

    @Test
    void aNestedMomentEndsBackInTheOuterOne() {
        var later = THEN.plusSeconds(3600);
        clock.run(THEN, () -> {
            assertThat(clock.call(later, clock::instant)).isEqualTo(later);
            assertThat(clock.instant()).isEqualTo(THEN);
        });
        assertThat(clock.instant()).isEqualTo(NOW);
    }

    @Test
    void theStoryHoldsForItsOwnThreadOnly() {
        var elsewhere = clock.call(THEN, () -> CompletableFuture.supplyAsync(clock::instant).join());
        assertThat(elsewhere).isEqualTo(NOW);
    }

    @Test
    void aClockInAnotherZoneTellsTheSameStory() {
        var kyiv = clock.withZone(java.time.ZoneId.of("Europe/Kyiv"));
        assertThat(clock.call(THEN, kyiv::instant)).isEqualTo(THEN);
        assertThat(kyiv.getZone()).isEqualTo(java.time.ZoneId.of("Europe/Kyiv"));
    }
}
