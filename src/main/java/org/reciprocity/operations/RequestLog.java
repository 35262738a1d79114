package org.reciprocity.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One line per HTTP request on the public port, in the logger {@code reciprocity.requests}:
 * {@code method=GET route=/review/:id status=200 ms=12 vaadin=uidl}, the same as key-value pairs for a structured
 * log format ({@code logging.structured.format.console=ecs}). What a request carries about a person stays out:
 * no client address, no username, no session, no query string, and the path only as {@link RequestRoutes} shapes
 * it (a route's template, never what a visitor typed), so that a receipt code or a name in a URL is never written.
 * <p>
 * Levels, so that Vaadin does not flood the log: an open page sends a UIDL request for every click and keystroke
 * that reaches the server, a heartbeat every few minutes and a push connection, and loads its bundles and styles;
 * one user could write dozens of lines a minute that say nothing an operator needs. Those requests and static
 * files log at DEBUG; pages, sign-ins and everything else at INFO; any answer of 500 or more at WARN, Vaadin's
 * included. Set the logger's level to choose ({@code logging.level.reciprocity.requests}; OFF for none).
 * Sits before Spring Security, so refusals and redirects to the sign-in are logged with their real status. The
 * management port is not logged: its own server never runs this filter (health checks every few seconds).
 */
final class RequestLog extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("reciprocity.requests");

    private final RequestRoutes routes = new RequestRoutes();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!log.isWarnEnabled()) {
            chain.doFilter(request, response);
            return;
        }
        long started = System.nanoTime();
        int failed = 0;
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            failed = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
            throw e;
        } finally {
            write(request, failed == 0 ? response.getStatus() : failed, (System.nanoTime() - started) / 1_000_000);
        }
    }

    private void write(HttpServletRequest request, int status, long millis) {
        var vaadin = RequestRoutes.vaadinRequest(request);
        if (vaadin != null && status < 500 && !log.isDebugEnabled()) {
            return; // the most frequent case, decided before any lookup
        }
        var shaped = routes.of(request, status);
        var level = status >= 500 ? Level.WARN : vaadin != null || shaped.staticFile() ? Level.DEBUG : Level.INFO;
        if (!log.isEnabledForLevel(level)) {
            return;
        }
        var route = shaped.path();
        var line = log.atLevel(level)
                .addKeyValue("method", request.getMethod())
                .addKeyValue("route", route)
                .addKeyValue("status", status)
                .addKeyValue("ms", millis);
        if (vaadin != null) {
            line.addKeyValue("vaadin", vaadin)
                    .log("method={} route={} status={} ms={} vaadin={}", request.getMethod(), route, status, millis,
                            vaadin);
        } else {
            line.log("method={} route={} status={} ms={}", request.getMethod(), route, status, millis);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** Ahead of Spring Security (order -100) and everything else of ours; public port only. */
        @Bean
        FilterRegistrationBean<RequestLog> requestLog() {
            var registration = new FilterRegistrationBean<>(new RequestLog());
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
            registration.addUrlPatterns("/*");
            return registration;
        }
    }
}
