package org.reciprocity.operations;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the request log may say about a request's path: never the path as it came, since anyone can type anything
 * into one — a receipt code, a colleague's name, a token. The log shows
 * <ul>
 *   <li>for a Vaadin view, its route template: {@code /review/:id}, {@code /tell/status} (an id in a path is one of
 *   ours, yet the template is enough, and it keeps the lines easy to count);</li>
 *   <li>for any other path, the path itself only when the server had something there (2xx, 304): a file or an
 *   endpoint of ours, whose name we chose, or one of Spring Security's few endpoints;</li>
 *   <li>otherwise {@code [other]}: a 404, or a stranger sent to sign in, for a path nobody can vouch for.</li>
 * </ul>
 */
final class RequestRoutes {

    static final String OTHER = "[other]";

    /** Spring Security's own endpoints, whatever their answer (a redirect, mostly). */
    private static final Set<String> SECURITY_ENDPOINTS = Set.of("/login", "/logout", "/login/oauth2/code/sso",
            "/oauth2/authorization/sso");
    private static final Set<String> STATIC_PREFIXES = Set.of("/VAADIN/", "/webjars/", "/images/", "/icons/");
    private static final Set<String> VAADIN_REQUESTS = Set.of("uidl", "heartbeat", "push", "init",
            "flow-dnd", "upload", "page-showing", "beacon");
    private static final Pattern PARAMETER_PATTERN = Pattern.compile("\\([^/]*\\)");

    /** What the log may show of a request's path, and whether it names a file rather than a page. */
    record Route(String path, boolean staticFile) {
    }

    /** The path as the log may show it; {@code status} is the answer given. */
    Route of(HttpServletRequest request, int status) {
        var path = path(request);
        if (SECURITY_ENDPOINTS.contains(path)) {
            return new Route(path, false);
        }
        var known = status >= 200 && status < 300 || status == 304;
        if (STATIC_PREFIXES.stream().anyMatch(path::startsWith)) {
            return new Route(known ? path : OTHER, true); // no view lives there: no route lookup per bundle
        }
        var template = viewTemplate(request, path);
        if (template != null) {
            return new Route(template, false); // a view's parameter may hold a dot: /people/:id is still a page
        }
        return new Route(known ? path : OTHER, path.lastIndexOf('.') > path.lastIndexOf('/'));
    }

    /** Vaadin's own request type ({@code ?v-r=uidl}, push on {@code /VAADIN/push}); null for anything else. */
    static @Nullable String vaadinRequest(HttpServletRequest request) {
        var query = request.getQueryString(); // never getParameter: that would read a posted form's body
        if (query != null) {
            for (var pair : query.split("&")) {
                if (pair.startsWith("v-r=")) {
                    var type = pair.substring(4);
                    return VAADIN_REQUESTS.contains(type) ? type : "other";
                }
            }
        }
        return path(request).equals("/VAADIN/push") ? "push" : null;
    }

    /** The request's path inside the app, without a query string or {@code ;parameters}. */
    private static String path(HttpServletRequest request) {
        var uri = request.getRequestURI().substring(request.getContextPath().length());
        int parameters = uri.indexOf(';');
        var path = parameters < 0 ? uri : uri.substring(0, parameters);
        return path.isEmpty() ? "/" : path;
    }

    private static @Nullable String viewTemplate(HttpServletRequest request, String path) {
        var registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(request.getServletContext()));
        var target = registry.getNavigationRouteTarget(path.substring(1));
        if (!target.hasTarget()) {
            return null;
        }
        return registry.getTemplate(target.getRouteTarget().getTarget())
                .map(template -> "/" + PARAMETER_PATTERN.matcher(template).replaceAll(""))
                .orElse(null);
    }
}
