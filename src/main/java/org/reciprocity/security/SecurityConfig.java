package org.reciprocity.security;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity // @PreAuthorize on services; views keep their @RolesAllowed for Vaadin only
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountRepository accounts, Clock clock)
            throws Exception {
        // a disabled account loses its open sessions too, not only its next sign-in
        http.addFilterAfter(new DisabledAccountFilter(accounts, clock), SecurityContextHolderFilter.class);
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/icons/**", "/styles.css",
                "/favicon.ico", "/webjars/**", "/chart-glue.js").permitAll()); // static scripts of shared.ui.Chart
        http.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(
                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        // Vaadin's requests, its navigation guard and the login view come from security.ui.ViewSecurity, which
        // Spring Security applied to this builder before handing it over: the chain knows no view
        return http.build();
    }

    /** bcrypt by default; the prefix in each stored hash lets us move to a stronger one later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
