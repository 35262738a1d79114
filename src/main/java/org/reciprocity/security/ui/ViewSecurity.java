package org.reciprocity.security.ui;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Vaadin's part of the web security: its own requests, the navigation guard that enforces each view's
 * {@code @RolesAllowed}, and the sign-in view it sends strangers to. It lives beside {@link LoginView} so that the
 * filter chain in {@code security} knows no view; Spring Security applies every {@code Customizer<HttpSecurity>}
 * bean to the chain it builds.
 */
@Configuration(proxyBeanMethods = false)
class ViewSecurity {

    @Bean
    Customizer<HttpSecurity> vaadinViews(RequestUtil vaadinRequests) {
        return http -> {
            try {
                // the class, not the path: the guard then forwards to the view inside the UI, without a reload.
                // Vaadin's configurer would also exempt everything under /login from Spring's CSRF check, the
                // sign-in POST included; we exempt only Vaadin's own requests, which carry Vaadin's CSRF token, so
                // that a sign-in must carry the token that the login form takes from the page (login CSRF).
                http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                        .enableCsrfConfiguration(false));
                http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
            } catch (Exception e) {
                throw new IllegalStateException("Vaadin's security configuration could not be applied", e);
            }
        };
    }
}
