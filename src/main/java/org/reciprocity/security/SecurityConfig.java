package org.reciprocity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity // @PreAuthorize on services; views keep their @RolesAllowed for Vaadin only
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountRepository accounts, Clock clock,
                                            SecondFactorPolicy secondFactor, SecurityContextHolderStrategy security,
                                            LoginThrottle throttle, SecurityLog log) throws Exception {
        // a disabled account loses its open sessions too, not only its next sign-in
        http.addFilterAfter(new DisabledAccountFilter(accounts, clock), SecurityContextHolderFilter.class);
        // after every way of signing in and before anything is authorised: HR and admins pass a second factor
        http.addFilterBefore(new SecondFactorGate(secondFactor, security, clock), AnonymousAuthenticationFilter.class);
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/icons/**", "/styles.css",
                "/favicon.ico", "/webjars/**", "/chart-glue.js").permitAll()); // static scripts of shared.ui.Chart
        http.formLogin(form -> form.failureHandler(SecurityConfig::backToLoginWithError));
        // a sign-in that must wait is refused before its password is checked (see LoginThrottle)
        http.addFilterBefore(new LoginThrottleFilter(throttle, log, accounts),
                UsernamePasswordAuthenticationFilter.class);
        http.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(
                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        // Vaadin's requests, its navigation guard and the login view come from security.ui.ViewSecurity, which
        // Spring Security applied to this builder before handing it over: the chain knows no view
        return http.build();
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
