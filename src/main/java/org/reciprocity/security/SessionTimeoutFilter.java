package org.reciprocity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives a signed-in session the idle timeout its roles call for ({@link SessionSettings}: shorter for HR and
 * admin), set once when someone signs in — by password, single sign-on or a second factor, whatever made the
 * roles — and again only if they change; and ends a session that {@link IdleSessions} marked.
 */
class SessionTimeoutFilter extends OncePerRequestFilter {

    private static final String APPLIED_FOR = SessionTimeoutFilter.class.getName() + ".appliedFor";
    private static final String HR = "ROLE_" + Roles.HR;
    private static final String ADMIN = "ROLE_" + Roles.ADMIN;

    private final SessionSettings settings;
    /** Spring Security's own, not the static holder (which Vaadin replaces JVM-wide when another context starts). */
    private final SecurityContextHolderStrategy security;

    SessionTimeoutFilter(SessionSettings settings, SecurityContextHolderStrategy security) {
        this.settings = settings;
        this.security = security;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null && session.getAttribute(IdleSessions.ENDED) != null) {
            session.invalidate();
            security.clearContext();
        } else if (session != null) {
            var authentication = security.getContext().getAuthentication();
            var roles = signedInRoles(authentication);
            if (roles != null && !roles.equals(session.getAttribute(APPLIED_FOR))) {
                var privileged = roles.contains(HR) || roles.contains(ADMIN);
                var timeout = privileged ? settings.privilegedIdleTimeout() : settings.idleTimeout();
                session.setMaxInactiveInterval((int) timeout.toSeconds());
                session.setAttribute(APPLIED_FOR, roles);
            }
        }
        chain.doFilter(request, response);
    }

    /** The roles of a signed-in person, as one comparable text; null for no one or an anonymous visitor. */
    private static @Nullable String signedInRoles(@Nullable Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        var roles = new TreeSet<String>();
        authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).forEach(roles::add);
        return authentication.getName() + " " + roles;
    }
}
