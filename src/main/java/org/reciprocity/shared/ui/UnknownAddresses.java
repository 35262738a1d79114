package org.reciprocity.shared.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * An address no page has answers HTTP 404, not only with the "Page not found" view ({@link NotFoundView}): Vaadin
 * sends its host page before it chooses a view (the view's 404 reaches only the page's own request for its content),
 * so the host page of an address that no route matches says so itself, for browsers, crawlers and link checkers.
 */
@Component
class UnknownAddresses implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            if (!isRoute(page.getVaadinRequest().getPathInfo())) {
                page.getVaadinResponse().setStatus(HttpStatusCode.NOT_FOUND.getCode());
            }
        });
    }

    static boolean isRoute(@Nullable String pathInfo) {
        var path = pathInfo == null ? "" : pathInfo.startsWith("/") ? pathInfo.substring(1) : pathInfo;
        return RouteConfiguration.forApplicationScope().getRoute(path).isPresent();
    }
}
