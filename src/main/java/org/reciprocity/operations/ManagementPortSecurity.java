package org.reciprocity.operations;

import org.reciprocity.security.Roles;
import org.springframework.boot.actuate.autoconfigure.web.server.ConditionalOnManagementPort;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Where Actuator's endpoints are reachable, and by whom. Boot hands the portal's whole security filter chain to the
 * management port's server too; without this, a load balancer's health check there would be sent to sign in.
 * <ul>
 *   <li>On the management port (application.properties: its own port, on loopback unless an operator opens it to
 *   the internal network): no security at all, ahead of the portal's chain — no session, no sign-in, none of the
 *   portal's filters (sign-in throttle, idle timeouts, second factor), and no Vaadin, whose servlet is not there.
 *   {@link EndpointRequest} matches only requests to the management server, so the public port gains nothing.</li>
 *   <li>On the public port, should an operator ever put Actuator there ({@code management.server.port} equal to the
 *   server's): admins only, signed in as for any page. Otherwise no endpoint is mapped there at all.</li>
 * </ul>
 * Built by hand rather than from Spring Security's {@code HttpSecurity}: that one is handed every
 * {@code Customizer<HttpSecurity>} bean, Vaadin's view security among them.
 */
@Configuration(proxyBeanMethods = false)
class ManagementPortSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    @ConditionalOnManagementPort(ManagementPortType.DIFFERENT)
    SecurityFilterChain managementPortOpen() {
        return new DefaultSecurityFilterChain(EndpointRequest.toAnyEndpoint());
    }

    @Bean
    Customizer<HttpSecurity> actuatorOnThePublicPortForAdmins() {
        return http -> http.authorizeHttpRequests(requests -> requests
                .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(Roles.ADMIN));
    }
}
