package org.reciprocity.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The application's clock: the time of its base clock, except while a story set in the past is told on the
 * current thread. The demo acts out months of the company's life at start-up through the public services, which
 * take the time from this clock; for them it <em>is</em> the moment of the story (so that a self-assessment of a
 * past month or a report filed days ago is accepted and dated as it would have been).
 * <p>
 * Only the {@code demo} module calls {@link #run} and {@link #call}; everyone else just reads the time. The
 * moment holds for the calling thread alone, including the event listeners that run on it after commit, and
 * ends with the work.
 */
public final class StoryClock extends Clock {

    private final Clock base;
    private final ThreadLocal<@Nullable Instant> moment;

    public StoryClock(Clock base) {
        this(base, new ThreadLocal<>());
    }

    private StoryClock(Clock base, ThreadLocal<@Nullable Instant> moment) {
        this.base = Objects.requireNonNull(base);
        this.moment = moment;
    }

    /** Runs {@code work} on this thread with the clock standing at {@code at}; nested calls restore the outer moment. */
    public <T> T call(Instant at, Supplier<T> work) {
        var outer = moment.get();
        moment.set(Objects.requireNonNull(at));
        try {
            return work.get();
        } finally {
            if (outer == null) {
                moment.remove();
            } else {
                moment.set(outer);
            }
        }
    }

    public void run(Instant at, Runnable work) {
        call(at, () -> {
            work.run();
            return null;
        });
    }

    @Override
    public Instant instant() {
        var at = moment.get();
        return at != null ? at : base.instant();
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new StoryClock(base.withZone(zone), moment);
    }
}
