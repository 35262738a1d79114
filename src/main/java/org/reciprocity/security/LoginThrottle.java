package org.reciprocity.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} wrong passwords for one username within
 * {@link #WINDOW}, that username is locked until the window has passed. In memory, so per server node.
 *
 * <p>Memory is bounded whatever arrives from outside: only names an account could have are remembered (at most
 * 40 characters), and at most {@value #CAPACITY} of them; when full, expired entries go first, then the oldest.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int CAPACITY = 10_000;

    private record Failures(int count, Instant since) {

        boolean expiredAt(Instant now) {
            return since.plus(WINDOW).isBefore(now);
        }
    }

    /** Ordered by {@code since}, oldest first (a new window re-inserts at the end); guarded by {@code this}. */
    private final LinkedHashMap<String, Failures> failures = new LinkedHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    synchronized boolean isLocked(String username) {
        var key = Usernames.canonical(username).orElse(null);
        var entry = key == null ? null : failures.get(key);
        if (entry == null) {
            return false;
        }
        if (entry.expiredAt(clock.instant())) {
            failures.remove(key);
            return false;
        }
        return entry.count() >= MAX_FAILURES;
    }

    /** Lifts the lock, e.g. when the admin has just set a new password for someone who had forgotten theirs. */
    synchronized void forget(String username) {
        Usernames.canonical(username).ifPresent(failures::remove);
    }

    /** How many usernames are remembered now: what bounds this class's memory. */
    synchronized int size() {
        return failures.size();
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        Usernames.canonical(event.getAuthentication().getName()).ifPresent(this::recordFailure);
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        forget(event.getAuthentication().getName());
    }

    private synchronized void recordFailure(String key) {
        var now = clock.instant();
        var old = failures.get(key);
        if (old != null && !old.expiredAt(now)) {
            failures.put(key, new Failures(old.count() + 1, old.since())); // keeps its place in the order
            return;
        }
        failures.remove(key);
        makeRoom(now);
        failures.put(key, new Failures(1, now));
    }

    private void makeRoom(Instant now) {
        var oldestFirst = failures.values().iterator();
        while (oldestFirst.hasNext()) {
            var entry = oldestFirst.next();
            if (!entry.expiredAt(now) && failures.size() < CAPACITY) {
                return;
            }
            oldestFirst.remove();
        }
    }
}
