package org.reciprocity;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.util.SortedSet;
import java.util.TreeSet;

/** The routes the running app registered with Vaadin (templates and aliases), read from its servlet context. */
record AppRoutes(ServletContext servletContext) {

    SortedSet<String> templates() {
        var registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext));
        var templates = new TreeSet<String>();
        for (var route : RouteConfiguration.forRegistry(registry).getAvailableRoutes()) {
            templates.add(route.getTemplate());
            route.getRouteAliases().forEach(alias -> templates.add(alias.getTemplate()));
        }
        if (templates.isEmpty()) {
            throw new IllegalStateException("The app registered no route in " + servletContext);
        }
        return templates;
    }
}
