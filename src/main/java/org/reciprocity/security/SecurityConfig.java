package org.reciprocity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity // @PreAuthorize on services; views keep their @RolesAllowed for Vaadin only
class SecurityConfig {

    /**
     * The Content-Security-Policy of every response; {@code {nonce}} is each response's own
     * ({@link ContentSecurityPolicy}). Found in Chromium on every page, with the development and the production
     * bundle alike (every browser test fails on a violation): each allowance beyond this origin is one Vaadin 25.2
     * with pre-compiled bundles needs. Its strict mode would need a front-end build with Node.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'none'",
            // the nonce admits Vaadin's inline bootstrap scripts, nothing injected; 'unsafe-eval' because Flow's
            // client engine runs what the server sends (executeJs, event data) as functions built from strings
            "script-src 'self' 'nonce-{nonce}' 'unsafe-eval'",
            // the components and Lumo add <style> elements at run time and set style attributes (overlays, grid
            // columns): no nonce covers those. Injected styles cannot run code
            "style-src 'self' 'unsafe-inline'",
            // Lumo's icon font and the components' chevrons and checkmarks are data: URLs in their style sheets
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'", // UIDL requests and the push WebSocket (same origin, ws: or wss:)
            "manifest-src 'self'",
            "base-uri 'self'",
            "form-action 'self'", // the sign-in form posts here only
            "frame-ancestors 'none'", // nobody frames the portal (X-Frame-Options: DENY for older browsers)
            "object-src 'none'");

    /** {@code UnsubscribeService.ONE_CLICK} of the notification module, which security does not depend on. */
    static final String ONE_CLICK_UNSUBSCRIBE = "/unsubscribe/one-click";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountRepository accounts, Clock clock,
                                            SecondFactorPolicy secondFactor, SecurityContextHolderStrategy security,
                                            ContentSecurityPolicy contentSecurityPolicy, SessionSettings sessions,
                                            LoginThrottle throttle, SecurityLog log) throws Exception {
        // a disabled account, or one whose roles changed, loses its open sessions too, not only its next sign-in
        http.addFilterAfter(new DisabledAccountFilter(accounts, security, clock), SecurityContextHolderFilter.class);
        // idle timeouts by role, and the end of a session that sat idle too long
        http.addFilterAfter(new SessionTimeoutFilter(sessions, security), DisabledAccountFilter.class);
        // after every way of signing in and before anything is authorised: HR and admins pass a second factor
        http.addFilterBefore(new SecondFactorGate(secondFactor, security, clock), AnonymousAuthenticationFilter.class);
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/icons/**", "/styles.css",
                "/favicon.ico", "/webjars/**", "/chart-glue.js").permitAll()); // static scripts of shared.ui.Chart
        // RFC 8058 one-click unsubscribe (notification.OneClickUnsubscribe): a mail reader POSTs without a session
        // or a CSRF token; the signed token in the link is what authorises it. Only this path
        http.authorizeHttpRequests(auth -> auth.requestMatchers(ONE_CLICK_UNSUBSCRIBE).permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers(ONE_CLICK_UNSUBSCRIBE));
        http.formLogin(form -> form.failureHandler(SecurityConfig::backToLoginWithError));
        // a sign-in that must wait is refused before its password is checked (see LoginThrottle)
        http.addFilterBefore(new LoginThrottleFilter(throttle, log, accounts),
                UsernamePasswordAuthenticationFilter.class);
        http.headers(headers -> securityHeaders(headers, contentSecurityPolicy));
        // Vaadin's requests, its navigation guard and the login view come from security.ui.ViewSecurity, which
        // Spring Security applied to this builder before handing it over: the chain knows no view
        return http.build();
    }

    /**
     * The headers of every response, Vaadin's pages, UIDL, heartbeat and push included. They are written before
     * the request is handled: written as the response commits (Spring's default), they were missing wherever
     * Vaadin's forwarded request left the container to commit the response (the heartbeat, Vaadin's init request).
     * Vaadin keeps them ({@code X-Frame-Options} included); static files set their own cache headers over Spring's.
     * HSTS goes out only on a request that came over HTTPS, directly or through a trusted proxy's
     * {@code X-Forwarded-Proto} ({@code server.forward-headers-strategy=native}); {@code nosniff} is Spring's default.
     */
    private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers, ContentSecurityPolicy csp) {
        headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <F extends HeaderWriterFilter> F postProcess(F filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
        headers.addHeaderWriter(csp)
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                // clipboard-write stays: the receipt code and a location's link are copied with a button
                .permissionsPolicyHeader(permissions -> permissions.policy(String.join(", ",
                        "accelerometer=()", "camera=()", "display-capture=()", "geolocation=()", "gyroscope=()",
                        "hid=()", "magnetometer=()", "microphone=()", "midi=()", "payment=()",
                        "publickey-credentials-get=()", "serial=()", "usb=()")))
                .crossOriginOpenerPolicy(opener -> opener.policy(CrossOriginOpenerPolicy.SAME_ORIGIN));
    }

    /**
     * A failed sign-in goes back to the form with {@code ?error} and keeps nothing: Spring's default handler puts the
     * exception, which carries the submitted username and password, into a session it creates for every anonymous
     * attempt, so each post of a giant username was held for the session's 30 minutes (250 posts: +251 MB of heap).
     */
    private static void backToLoginWithError(HttpServletRequest request, HttpServletResponse response,
                                             AuthenticationException failure) throws IOException {
        response.sendRedirect(request.getContextPath() + "/login?error");
    }

    /** bcrypt by default; the prefix in each stored hash lets us move to a stronger one later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
