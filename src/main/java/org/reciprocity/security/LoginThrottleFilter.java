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

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
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
        if (refused.firstInWindow()) {
            // SECURITY-LOG: SIGN_IN_DELAYED (account = refused.account(), detail: address as a whole or not, wait)
        }
        var seconds = Math.max(1, (refused.retryAfter().toMillis() + 999) / 1000);
        response.sendRedirect(request.getContextPath() + "/login?wait=" + seconds);
    }
}
