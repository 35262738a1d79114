package org.reciprocity.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A client slowed at sign-in after too many failures: an account from one address, or, when {@code account} is
 * null, one address over every username it tried.
 *
 * @param failures    the failures the throttle still remembers (they are forgiven gradually)
 * @param nextAttempt when the next attempt may come; in the past when it may come now, though each further failure
 *                    brings a wait again
 */
public record SignInDelay(@Nullable String account, String address, long failures, Instant nextAttempt) {
}
