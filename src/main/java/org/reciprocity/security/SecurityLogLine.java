package org.reciprocity.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the security log as the admin reads it.
 *
 * @param account the account it concerns (canonical username), null when none does (e.g. an unknown username)
 * @param actor   who did it, null when nobody was signed in
 * @param address the client address of the request, null outside a request
 */
public record SecurityLogLine(Instant happenedAt, SecurityEventKind kind, @Nullable String account,
                              @Nullable String actor, @Nullable String address, String detail) {
}
