package org.reciprocity.security;

import jakarta.validation.constraints.NotEmpty;
import java.util.Set;

/** Changes an account's roles and whether it may sign in; {@code version} is the one the admin saw. */
public record AccountChange(long accountId, long version,
                            @NotEmpty(message = "{account.roles.required}") Set<Role> roles,
                            boolean enabled) {
}
