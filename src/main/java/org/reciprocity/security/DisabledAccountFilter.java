package org.reciprocity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of an account the admin has disabled or whose roles changed, so that someone who leaves (or
 * moves on) loses access within seconds, not only at their next sign-in. A role added ends the session too rather
 * than being granted in place: the person signs in again, through the second factor if the new role needs one, and
 * gets a new session id with the new roles (Spring's session fixation protection). Looks the account up at most
 * once per {@link #RECHECK} per session. Reads the security context through the strategy Spring Security was built
 * with, never the static holder, which Vaadin replaces JVM-wide when another application context starts.
 */
class DisabledAccountFilter extends OncePerRequestFilter {

    static final Duration RECHECK = Duration.ofSeconds(20);
    private static final String CHECKED_AT = DisabledAccountFilter.class.getName() + ".checkedAt";

    private final AccountRepository accounts;
    private final SecurityContextHolderStrategy security;
    private final Clock clock;

    DisabledAccountFilter(AccountRepository accounts, SecurityContextHolderStrategy security, Clock clock) {
        this.accounts = accounts;
        this.security = security;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = security.getContext().getAuthentication();
        var session = request.getSession(false);
        if (session != null && authentication != null
                && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            var now = clock.instant();
            var checkedAt = session.getAttribute(CHECKED_AT) instanceof Instant i ? i : Instant.EPOCH;
            if (checkedAt.plus(RECHECK).isBefore(now)) {
                if (stillAllowed(principal.user())) {
                    session.setAttribute(CHECKED_AT, now);
                } else {
                    session.invalidate();
                    security.clearContext();
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** The account may still sign in and has exactly the roles the session was granted. */
    private boolean stillAllowed(SignedInUser user) {
        return accounts.findById(user.accountId())
                .filter(Account::isEnabled)
                .filter(a -> Set.copyOf(a.getRoles()).equals(Set.copyOf(user.roles())))
                .isPresent();
    }
}
