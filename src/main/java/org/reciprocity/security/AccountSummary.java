package org.reciprocity.security;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An account as the admin sees it in the list. */
public record AccountSummary(long id, long version, String username, @Nullable Long employeeId,
                             @Nullable String employeeName, Set<Role> roles, boolean enabled, Instant createdAt) {
}
