package org.reciprocity.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reciprocity.security.ui.LoginView;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * One "Page not found" for every address that has no page, signed in or not: inside the shell for someone signed
 * in, under the public header for a visitor; a page someone may not open looks the same; a protected page still asks
 * a visitor to sign in. (The HTTP side, 404 instead of Spring's empty 403, is in {@code SignInE2ETest}.)
 */
@SpringBootTest
class PageNotFoundTest extends SpringBrowserlessTest {

    private static List<Component> ancestors(Component component) {
        var chain = new ArrayList<Component>();
        for (var parent = component.getParent(); parent.isPresent(); parent = parent.get().getParent()) {
            chain.add(parent.get());
        }
        return chain;
    }

    private NotFoundView notFoundAt(String address) {
        navigate(address, Component.class);
        assertThat(getCurrentView()).as(address).isInstanceOf(NotFoundView.class);
        assertThat(find(H1.class).withText("Page not found").exists()).isTrue();
        return (NotFoundView) getCurrentView();
    }

    @Test
    @WithAnonymousUser
    void aVisitorAtAMistypedAddressIsToldSoUnderThePublicHeaderWithTheWayIn() {
        var view = notFoundAt("tell/statu");
        assertThat(ancestors(view)).noneMatch(MainLayout.class::isInstance);
        assertThat(ancestors(view)).anyMatch(ErrorFrame.class::isInstance);
        assertThat(find(Anchor.class).withText("Sign in").single().getHref()).isEqualTo("login");
        assertThat(find(LanguageSwitch.class).exists()).isTrue();
    }

    @Test
    @WithUserDetails("anna")
    void someoneSignedInAtAMistypedAddressIsToldSoInsideTheShell() {
        var view = notFoundAt("peoples");
        assertThat(ancestors(view)).anyMatch(MainLayout.class::isInstance);
        assertThat(find(Anchor.class).withText("Skip to content").single().getHref()).isEqualTo("#main-content");
        assertThat(view.getId()).hasValue(SkipLink.CONTENT_ID);
    }

    @Test
    @WithUserDetails("anna")
    void aPageSomeoneMayNotOpenLooksExactlyLikeOneThatDoesNotExist() {
        var view = notFoundAt("review");
        assertThat(ancestors(view)).anyMatch(MainLayout.class::isInstance);
    }

    @Test
    @WithAnonymousUser
    void aProtectedPageStillAsksAVisitorToSignInWhateverFollowsInItsAddress() {
        navigate("review/123456", Component.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void theHostPageOfAnAddressNoRouteHasAnswers404() {
        assertThat(UnknownAddresses.isRoute("/review/7")).isTrue();
        assertThat(UnknownAddresses.isRoute("/")).isTrue();
        assertThat(UnknownAddresses.isRoute(null)).as("the start page").isTrue();
        assertThat(UnknownAddresses.isRoute("/peoples")).isFalse();
        assertThat(UnknownAddresses.isRoute("/review/abc")).as("a case is a number").isFalse();
    }
}
