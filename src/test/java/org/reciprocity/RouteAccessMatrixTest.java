package org.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.reciprocity.security.ui.LoginView;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Every route × {anonymous, employee, manager, HR, admin} → may open or is refused, as declared in
 * {@code src/test/resources/route-access/*.txt}. A route nobody declared fails the test.
 */
@SpringBootTest
class RouteAccessMatrixTest extends SpringBrowserlessTest {

    enum Who { ANONYMOUS, EMPLOYEE, MANAGER, HR, ADMIN }

    record Expectation(String template, String path, Map<Who, Boolean> mayOpen, String source) {
    }

    @Test
    @WithAnonymousUser
    void everyRouteIsDeclared() throws IOException {
        var declared = new TreeSet<String>();
        expectations().forEach(e -> declared.add(e.template()));
        var registered = new TreeSet<String>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            registered.add(route.getTemplate());
            route.getRouteAliases().forEach(alias -> registered.add(alias.getTemplate()));
        }
        assertThat(declared).as("routes declared in route-access/*.txt").containsAll(registered);
        assertThat(registered).as("declared routes that do not exist").containsAll(declared);
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitors() throws IOException {
        check(Who.ANONYMOUS);
    }

    @Test
    @WithUserDetails("anna")
    void employees() throws IOException {
        check(Who.EMPLOYEE);
    }

    @Test
    @WithUserDetails("max")
    void managers() throws IOException {
        check(Who.MANAGER);
    }

    @Test
    @WithUserDetails("olena")
    void hr() throws IOException {
        check(Who.HR);
    }

    @Test
    @WithUserDetails("admin")
    void admins() throws IOException {
        check(Who.ADMIN);
    }

    private void check(Who who) throws IOException {
        var wrong = new ArrayList<String>();
        for (var expectation : expectations()) {
            var target = RouteConfiguration.forApplicationScope().getRoute(expectation.path()).orElseThrow(
                    () -> new AssertionError("No route for " + expectation.path() + " in " + expectation.source()));
            boolean opened;
            try {
                navigate(expectation.path(), com.vaadin.flow.component.Component.class);
                var view = getCurrentView().getClass();
                opened = view.equals(target) && !(target != LoginView.class && view == LoginView.class);
            } catch (RuntimeException refused) {
                opened = false;
            }
            boolean expected = expectation.mayOpen().get(who);
            if (opened != expected) {
                wrong.add("%s %s %s but it %s (%s)".formatted(who, expected ? "may open" : "must not open",
                        expectation.path(), opened ? "opened" : "was refused", expectation.source()));
            }
        }
        assertThat(wrong).as("route access of " + who).isEmpty();
    }

    static List<Expectation> expectations() throws IOException {
        var byTemplate = new LinkedHashMap<String, Expectation>();
        var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:route-access/*.txt");
        assertThat(resources).as("route-access files").isNotEmpty();
        for (var resource : resources) {
            var lines = resource.getContentAsString(StandardCharsets.UTF_8).lines().toList();
            for (int n = 0; n < lines.size(); n++) {
                var line = lines.get(n).replaceAll("#.*", "").strip();
                if (line.isEmpty()) {
                    continue;
                }
                var source = resource.getFilename() + ":" + (n + 1);
                var cells = line.split("\\s+");
                assertThat(cells).as("template, path and five +/- in " + source).hasSize(7);
                var mayOpen = new LinkedHashMap<Who, Boolean>();
                for (var who : Who.values()) {
                    var cell = cells[2 + who.ordinal()];
                    assertThat(cell).as(who + " in " + source).isIn("+", "-");
                    mayOpen.put(who, cell.equals("+"));
                }
                var expectation = new Expectation(root(cells[0]), root(cells[1]), mayOpen, source);
                var earlier = byTemplate.putIfAbsent(expectation.template(), expectation);
                assertThat(earlier == null || earlier.mayOpen().equals(mayOpen))
                        .as(source + " contradicts " + (earlier == null ? "" : earlier.source())).isTrue();
            }
        }
        return List.copyOf(byTemplate.values());
    }

    private static String root(String cell) {
        return cell.equals("/") ? "" : cell;
    }
}
