package org.reciprocity.shared;

import io.github.bucket4j.TimeMeter;
import java.time.Clock;

/** Buckets refill by the application's clock (so that tests can move time), in nanoseconds of the epoch. */
record ClockTimeMeter(Clock clock) implements TimeMeter {

    @Override
    public long currentTimeNanos() {
        var now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    long currentTimeMillis() {
        return clock.millis();
    }

    @Override
    public boolean isWallClockBased() {
        return true;
    }
}
