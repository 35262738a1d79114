package org.reciprocity.security;

import java.util.Arrays;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work that no person started (demo data, event handlers) with the roles it needs, so that the
 * services stay protected for everyone else. Never reachable from a view.
 */
public final class SystemAccess {

    private SystemAccess() {
    }

    public static <T> T callAs(Supplier<T> work, Role... roles) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAs(Runnable work, Role... roles) {
        callAs(() -> {
            work.run();
            return null;
        }, roles);
    }
}
