package org.reciprocity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * The clock of every test context: real time until a test sets it. A test that sets it resets it afterwards
 * ({@link #reset()}), because the context is shared.
 */
public final class MutableClock extends Clock {

    private volatile @Nullable Instant fixed;

    public void set(Instant instant) {
        fixed = instant;
    }

    public void advance(Duration duration) {
        fixed = instant().plus(duration);
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("Services take UTC instants from this clock");
    }

    @Override
    public Instant instant() {
        var f = fixed;
        return f != null ? f : Instant.now();
    }
}
