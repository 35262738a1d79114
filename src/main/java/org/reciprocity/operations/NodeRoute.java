package org.reciprocity.operations;

import org.apache.catalina.Engine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * On more than one node, the node's name as Tomcat's {@code jvmRoute}: every session id this node hands out ends in
 * {@code .<route>}, so a load balancer can send each browser back to the node that holds its Vaadin session (sticky
 * sessions, which Vaadin needs: the UI state lives in the node's memory). {@code docs/nginx/reciprocity.conf} routes
 * by that suffix. Empty (one node) leaves the session ids as they are.
 */
@Component
class NodeRoute implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final String route;

    NodeRoute(@Value("${reciprocity.node.route:}") String route) {
        if (!route.matches("[A-Za-z0-9_-]{0,32}")) {
            throw new IllegalArgumentException("reciprocity.node.route takes letters, digits, '-' and '_' (at most "
                    + "32), not \"" + route + "\"");
        }
        this.route = route;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (!route.isEmpty()) {
            factory.addContextCustomizers(context -> ((Engine) context.getParent().getParent()).setJvmRoute(route));
        }
    }
}
