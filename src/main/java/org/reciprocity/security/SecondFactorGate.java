package org.reciprocity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds back every sign-in that needs a second factor until it is passed, whichever way the person signed in first
 * (the login form, single sign-on): on the first request of a session whose authentication is an account that
 * {@link SecondFactorPolicy} asks for a second factor and that has not passed one, the authentication leaves the
 * session and a {@link PendingSignIn} takes its place. From then on the session is anonymous (Vaadin's views, its
 * requests and push read the security context from the session too), and the views send it to the code page.
 * <p>
 * When the code page has accepted a code, it sends the browser to {@link #CONTINUE}: there the session gets a new
 * id (no fixation across the privilege change), the authentication comes back with a {@code FACTOR_TOTP}
 * {@link FactorGrantedAuthority} (Spring Security's mark of a factor passed), and the browser goes where it was
 * going. This is done in a plain HTTP request because a code may arrive over Vaadin's websocket, which can neither
 * change the session id nor set a cookie.
 */
class SecondFactorGate extends OncePerRequestFilter {

    static final String CONTINUE = "/second-factor/continue";
    static final String FACTOR = "TOTP";
    private static final String NOT_REQUIRED = SecondFactorGate.class.getName() + ".notRequiredFor";
    /** A path of ours with an optional query: "//host" or "/\\host" would send the browser to another site. */
    private static final Pattern SAFE_TARGET =
            Pattern.compile("/(?![/\\\\])[A-Za-z0-9/_.~%=&+-]*(\\?[A-Za-z0-9_.~%=&+-]*)?");

    private final SecondFactorPolicy policy;
    private final SecurityContextHolderStrategy security;
    private final Clock clock;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SecondFactorGate(SecondFactorPolicy policy, SecurityContextHolderStrategy security, Clock clock) {
        this.policy = policy;
        this.security = security;
        this.clock = clock;
    }

    static boolean passed(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("FACTOR_" + FACTOR));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null && CONTINUE.equals(path(request))) {
            complete(request, response, session);
            return;
        }
        var authentication = security.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof AccountPrincipal principal
                && session.getAttribute(NOT_REQUIRED) != authentication) {
            if (passed(authentication) || !policy.requires(principal.user())) {
                session.removeAttribute(PendingSignIn.SESSION_ATTRIBUTE); // a full sign-in: nothing is pending
                session.setAttribute(NOT_REQUIRED, authentication); // asked once per sign-in, not per request
            } else {
                hold(request, session, authentication, principal);
            }
        }
        chain.doFilter(request, response);
    }

    private void hold(HttpServletRequest request, HttpSession session, Authentication authentication,
                      AccountPrincipal principal) {
        var held = PendingSignIn.from(session.getAttribute(PendingSignIn.SESSION_ATTRIBUTE))
                .filter(p -> p.authentication() == authentication);
        if (held.isEmpty()) {
            session.setAttribute(PendingSignIn.SESSION_ATTRIBUTE,
                    new PendingSignIn(authentication, principal, target(request)));
        } // else a request that loaded the sign-in before another took it out: the code page works on that one
        session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        request.removeAttribute(RequestAttributeSecurityContextRepository.DEFAULT_REQUEST_ATTR_NAME);
        security.clearContext();
    }

    private void complete(HttpServletRequest request, HttpServletResponse response, HttpSession session)
            throws IOException {
        var pending = PendingSignIn.from(session.getAttribute(PendingSignIn.SESSION_ATTRIBUTE)).orElse(null);
        if (pending == null || !pending.passed()) {
            response.sendRedirect(request.getContextPath() + "/"); // the views send them where they belong
            return;
        }
        session.removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
        request.changeSessionId();
        var factor = FactorGrantedAuthority.withFactor(FACTOR).issuedAt(clock.instant()).build();
        var authentication = pending.authentication().toBuilder().authorities(a -> a.add(factor)).build();
        var context = security.createEmptyContext();
        context.setAuthentication(authentication);
        security.setContext(context);
        sessions.saveContext(context, request, response);
        response.sendRedirect(request.getContextPath() + pending.target());
    }

    /** The page a person was opening when stopped, to open once they pass; the start page otherwise. */
    private static String target(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getParameter("v-r") != null) {
            return "/"; // Vaadin's own requests: the page that sent them is not known here
        }
        var path = path(request);
        var query = request.getQueryString();
        var target = query == null ? path : path + "?" + query;
        var internal = path.startsWith("/VAADIN/") || path.startsWith("/login") || path.startsWith("/second-factor");
        return internal || !SAFE_TARGET.matcher(target).matches() ? "/" : target;
    }

    /** The request's path inside the application, as sent (not decoded). */
    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
