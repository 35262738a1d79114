package org.reciprocity.security;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Signs a person in with their username and password outside a browser: through the same authentication manager
 * as the login form, so the password is checked, a disabled account is refused and the sign-in events are published
 * as there. It comes from no client address, so {@link LoginThrottle}, which slows clients at the form, leaves it
 * alone. The demo uses it to act as its people, each through the front door.
 * <p>
 * A {@link Session} is what a browser's session is to the login form: signed in once, it sets the person's
 * security context for each piece of work run through it, on the calling thread, and restores the previous
 * context afterwards. Nothing here grants a role that the account does not have.
 */
@Component
public class SignIn {

    private final AuthenticationConfiguration configuration;
    private volatile @Nullable AuthenticationManager manager;

    SignIn(AuthenticationConfiguration configuration) {
        this.configuration = configuration;
    }

    /**
     * Signs in, or refuses as the login form would ({@link AuthenticationException}: a wrong password, a disabled
     * account).
     */
    public Session withPassword(String username, String password) {
        var authentication = manager().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, password));
        return new Session(authentication);
    }

    private AuthenticationManager manager() {
        var m = manager;
        if (m == null) {
            try {
                m = configuration.getAuthenticationManager();
            } catch (Exception e) {
                throw new IllegalStateException("No authentication manager", e);
            }
            manager = m;
        }
        return m;
    }

    /** A signed-in person; {@link #close()} signs them out. */
    public static final class Session implements AutoCloseable {

        private volatile @Nullable Authentication authentication;

        private Session(Authentication authentication) {
            this.authentication = authentication;
        }

        /** Runs {@code work} on this thread as the signed-in person. */
        public <T> T call(Supplier<T> work) {
            var signedIn = authentication;
            if (signedIn == null) {
                throw new IllegalStateException("Signed out");
            }
            var strategy = SecurityContextHolder.getContextHolderStrategy();
            var previous = strategy.getContext();
            var context = strategy.createEmptyContext();
            context.setAuthentication(signedIn);
            strategy.setContext(context);
            try {
                return work.get();
            } finally {
                strategy.setContext(previous);
            }
        }

        public void run(Runnable work) {
            call(() -> {
                work.run();
                return null;
            });
        }

        @Override
        public void close() {
            authentication = null;
        }
    }
}
