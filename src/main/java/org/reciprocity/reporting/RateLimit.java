package org.reciprocity.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} attempts per key in a fixed window. In memory only (per server node); the keys (client
 * addresses) are never logged or stored, and are forgotten when their window has passed.
 */
final class RateLimit {

    private static final int EVICT_ABOVE = 10_000;
    /** Sweeping is O(clients): at most this often, so that a crowd of clients cannot make every call slow. */
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    private record Window(Instant start, int count) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final int limit;
    private final Duration length;
    private final Clock clock;
    private volatile Instant lastSweep = Instant.MIN;

    RateLimit(int limit, Duration length, Clock clock) {
        this.limit = limit;
        this.length = length;
        this.clock = clock;
    }

    /** Counts an attempt; false when the key has used up its window. */
    boolean tryAcquire(String key) {
        var now = clock.instant();
        var sweptAt = lastSweep;
        if (windows.size() > EVICT_ABOVE && !now.isBefore(sweptAt.plus(SWEEP_EVERY))) {
            lastSweep = now;
            windows.values().removeIf(w -> expired(w, now));
        }
        var window = windows.compute(key, (k, old) -> old == null || expired(old, now) ? new Window(now, 1)
                : new Window(old.start(), old.count() + 1));
        return window.count() <= limit;
    }

    /** How many clients are remembered now. */
    int size() {
        return windows.size();
    }

    private boolean expired(Window window, Instant now) {
        return !now.isBefore(window.start().plus(length)) || now.isBefore(window.start());
    }
}
