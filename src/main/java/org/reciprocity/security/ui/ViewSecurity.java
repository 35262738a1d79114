package org.reciprocity.security.ui;

import com.vaadin.flow.spring.VaadinServletConfiguration;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Vaadin's part of the web security: its own requests, the navigation guard that enforces each view's
 * {@code @RolesAllowed}, and the sign-in view it sends strangers to. It lives beside {@link LoginView} so that the
 * filter chain in {@code security} knows no view; Spring Security applies every {@code Customizer<HttpSecurity>}
 * bean to the chain it builds.
 */
@Configuration(proxyBeanMethods = false)
class ViewSecurity {

    private static final Set<String> READS = Set.of("GET", "HEAD");

    @Bean
    Customizer<HttpSecurity> vaadinViews(RequestUtil vaadinRequests, HandlerMappingIntrospector handlers) {
        return http -> {
            try {
                // the class, not the path: the guard then forwards to the view inside the UI, without a reload.
                // Vaadin's configurer would also exempt everything under /login from Spring's CSRF check, the
                // sign-in POST included; we exempt only Vaadin's own requests, which carry Vaadin's CSRF token, so
                // that a sign-in must carry the token that the login form takes from the page (login CSRF).
                // What no rule before names (its last rule) is refused, except opening an address that no route
                // has: Vaadin answers that with its "Page not found" (404, inside the shell when signed in) rather
                // than an empty 403 or a sign-in. A route of the portal never gets here: Vaadin's own rules decide
                // those, so a protected page still asks a stranger to sign in, whatever follows in its path.
                http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                        .enableCsrfConfiguration(false)
                        .anyRequest(any -> any.access((authentication, context) ->
                                new AuthorizationDecision(isPageOfNoRoute(context.getRequest(), handlers)))));
                http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
            } catch (Exception e) {
                throw new IllegalStateException("Vaadin's security configuration could not be applied", e);
            }
        };
    }

    /**
     * A browser opening an address that Spring hands to Vaadin: no controller of ours or of Spring's (its error page,
     * a future endpoint) answers it, and it only reads. Asked of the handler mappings in the dispatcher's order, on a
     * copy of the request whose attributes the asking leaves behind.
     */
    static boolean isPageOfNoRoute(HttpServletRequest request, HandlerMappingIntrospector handlers) {
        if (!READS.contains(request.getMethod())) {
            return false;
        }
        var probe = new Probe(request);
        ServletRequestPathUtils.parseAndCache(probe);
        try {
            for (var mapping : handlers.getHandlerMappings()) {
                if (mapping.getHandler(probe) != null) {
                    return mapping instanceof VaadinServletConfiguration.RootExcludeHandler;
                }
            }
        } catch (Exception unanswerable) {
            return false;
        }
        return false;
    }

    /** The request with attributes of its own: what the handler mappings note while asked stays here. */
    private static final class Probe extends HttpServletRequestWrapper {

        private final Map<String, Optional<Object>> attributes = new HashMap<>();

        Probe(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable Object getAttribute(String name) {
            var own = attributes.get(name);
            return own != null ? own.orElse(null) : super.getAttribute(name);
        }

        @Override
        public void setAttribute(String name, @Nullable Object value) {
            attributes.put(name, Optional.ofNullable(value));
        }

        @Override
        public void removeAttribute(String name) {
            attributes.put(name, Optional.empty());
        }
    }
}
