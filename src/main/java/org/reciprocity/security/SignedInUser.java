package org.reciprocity.security;

import java.io.Serializable;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who is signed in.
 *
 * @param employeeId the directory entry of the person, or null for a technical account (such as an admin)
 */
public record SignedInUser(long accountId, String username, String displayName, @Nullable Long employeeId,
                           Set<Role> roles) implements Serializable {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
