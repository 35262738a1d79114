package org.reciprocity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in that must wait ({@link LoginThrottle}) before its password is checked: back to the form with
 * {@code ?wait=<seconds>}, nothing kept in a session, no thread held. Sits just before Spring's form-login filter.
 * The client is {@code request.getRemoteAddr()}: behind a proxy the server's forwarded-headers setting makes that
 * the real client, nothing here reads headers.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/login");

    private final LoginThrottle throttle;
    private final SecurityLog log;
    private final AccountRepository accounts;

    LoginThrottleFilter(LoginThrottle throttle, SecurityLog log, AccountRepository accounts) {
        this.throttle = throttle;
        this.log = log;
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SIGN_IN.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        var username = request.getParameter("username");
        var refusal = throttle.check(username == null ? "" : username, request.getRemoteAddr());
        if (refusal.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        var refused = refusal.get();
        var seconds = Math.max(1, (refused.retryAfter().toMillis() + 999) / 1000);
        if (refused.firstInWindow()) { // once per key and window: a flood writes no more rows than a patient guesser
            record(refused, seconds);
        }
        response.sendRedirect(request.getContextPath() + "/login?wait=" + seconds);
    }

    /** Names the account only when it exists: what a stranger typed as a username is never stored. */
    private void record(LoginThrottle.Refusal refused, long seconds) {
        var account = refused.account();
        if (account == null) {
            log.record(SecurityEventKind.SIGN_IN_DELAYED, null,
                    "this address waits " + seconds + " s after many failed sign-ins (any username)");
        } else {
            var known = accounts.existsByUsername(account);
            log.record(SecurityEventKind.SIGN_IN_DELAYED, known ? account : null, known
                    ? "waits " + seconds + " s after wrong passwords from this address" : "unknown username");
        }
    }
}
