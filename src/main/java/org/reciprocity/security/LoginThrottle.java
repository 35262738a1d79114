package org.reciprocity.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} wrong passwords for one username within
 * {@link #WINDOW}, that username is locked until the window has passed. In memory, so per server node.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private record Failures(int count, Instant since) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean isLocked(String username) {
        var entry = failures.get(key(username));
        if (entry == null) {
            return false;
        }
        if (entry.since().plus(WINDOW).isBefore(clock.instant())) {
            failures.remove(key(username), entry);
            return false;
        }
        return entry.count() >= MAX_FAILURES;
    }

    /** Lifts the lock, e.g. when the admin has just set a new password for someone who had forgotten theirs. */
    void forget(String username) {
        failures.remove(key(username));
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        var now = clock.instant();
        failures.compute(key(event.getAuthentication().getName()), (k, old) ->
                old == null || old.since().plus(WINDOW).isBefore(now) ? new Failures(1, now)
                        : new Failures(old.count() + 1, old.since()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
