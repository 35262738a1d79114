package org.reciprocity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The gate on the requests of a session signed in with a password (or SSO, which ends in the same principal):
 * an account that needs a second factor is held back, anonymous, until the code page has accepted a code.
 */
@SpringBootTest
class SecondFactorGateTest {

    private static final String CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    @Autowired
    SecondFactorFixture fixture;
    @Autowired
    SecondFactorPolicy policy;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        security.clearContext();
    }

    /** A session signed in with a password, as the login form leaves it. */
    private MockHttpSession signedIn(String username) {
        var principal = fixture.principal(username);
        var session = new MockHttpSession();
        session.setAttribute(CONTEXT, new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities())));
        return session;
    }

    /** One request through the gate, with the security context loaded from the session as Spring's filter does. */
    private Passed request(MockHttpSession session, String method, String uri) throws Exception {
        var request = new MockHttpServletRequest(method, uri);
        request.setSession(session);
        if (session.getAttribute(CONTEXT) instanceof SecurityContext context) {
            security.setContext(context);
        }
        var response = new MockHttpServletResponse();
        var seen = new Authentication[1];
        var chain = new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res)
                    throws java.io.IOException, jakarta.servlet.ServletException {
                seen[0] = security.getContext().getAuthentication();
                super.doFilter(req, res);
            }
        };
        new SecondFactorGate(policy, security, clock).doFilter(request, response, chain);
        security.clearContext();
        return new Passed(chain.getRequest() != null, seen[0], response, request);
    }

    private record Passed(boolean reachedTheApp, Authentication authentication, MockHttpServletResponse response,
                          MockHttpServletRequest request) {
    }

    private static PendingSignIn pending(MockHttpSession session) {
        return PendingSignIn.from(session.getAttribute(PendingSignIn.SESSION_ATTRIBUTE)).orElseThrow();
    }

    @Test
    void anHrSignInIsHeldBackAnonymousUntilItsSecondFactor() throws Exception {
        var session = signedIn(fixture.openAccount(Set.of(Role.HR)));

        var first = request(session, "GET", "/review");

        assertThat(first.reachedTheApp()).as("to the code page, through the views").isTrue();
        assertThat(first.authentication()).as("nobody is signed in for the app").isNull();
        assertThat(session.getAttribute(CONTEXT)).as("the session holds no sign-in").isNull();
        assertThat(pending(session).target()).isEqualTo("/review");

        var later = request(session, "POST", "/?v-r=uidl");
        assertThat(later.authentication()).as("nor on Vaadin's requests after it").isNull();
    }

    @Test
    void twoRequestsThatLoadedTheSignInAtOnceHoldItOnceSoTheCodePageAndTheGateAgree() throws Exception {
        var session = signedIn(fixture.openAccount(Set.of(Role.HR)));
        var loadedByBoth = (SecurityContext) session.getAttribute(CONTEXT);
        request(session, "GET", "/review");
        var held = pending(session);

        session.setAttribute(CONTEXT, loadedByBoth); // e.g. Vaadin's last request from the login page, in parallel
        request(session, "POST", "/VAADIN/push?v-r=push");

        assertThat(pending(session)).as("the one the code page was given").isSameAs(held);
        assertThat(held.target()).isEqualTo("/review");
        assertThat(session.getAttribute(CONTEXT)).isNull();
    }

    @Test
    void continuingBeforeACodeWasAcceptedCompletesNothing() throws Exception {
        var session = signedIn(fixture.openAccount(Set.of(Role.ADMIN)));
        request(session, "GET", "/");

        var early = request(session, "GET", SecondFactorGate.CONTINUE);

        assertThat(early.reachedTheApp()).isFalse();
        assertThat(early.response().getRedirectedUrl()).isEqualTo("/");
        assertThat(session.getAttribute(CONTEXT)).isNull();
        assertThat(pending(session).passed()).isFalse();
    }

    @Test
    void onceACodeWasAcceptedTheSessionGetsANewIdAndTheSignInBackWithTheFactor() throws Exception {
        var session = signedIn(fixture.openAccount(Set.of(Role.HR)));
        request(session, "GET", "/review?status=NEW");
        pending(session).pass(); // what the code page does through SecondFactorService
        var idBefore = session.getId();

        var done = request(session, "GET", SecondFactorGate.CONTINUE);

        assertThat(done.request().getSession().getId()).as("session fixation").isNotEqualTo(idBefore);
        assertThat(done.response().getRedirectedUrl()).isEqualTo("/review?status=NEW");
        assertThat(session.getAttribute(PendingSignIn.SESSION_ATTRIBUTE)).isNull();
        var restored = ((SecurityContext) session.getAttribute(CONTEXT)).getAuthentication();
        assertThat(restored.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_HR", "FACTOR_TOTP");
        assertThat(SecondFactorGate.passed(restored)).isTrue();

        var after = request(session, "GET", "/review");
        assertThat(after.authentication()).as("signed in from now on").isSameAs(restored);
    }

    @Test
    void anEmployeeAndTheDemoHrPersonInDemoModeAreNotHeldBack() throws Exception {
        for (var username : new String[] {fixture.openAccount(Set.of(Role.EMPLOYEE)), "olena"}) {
            var session = signedIn(username);
            var passed = request(session, "GET", "/");
            assertThat(passed.authentication()).as(username).isNotNull();
            assertThat(session.getAttribute(PendingSignIn.SESSION_ATTRIBUTE)).isNull();
        }
    }

    @Test
    void afterTheCodeTheBrowserGoesOnlyToAPathOfOurs() throws Exception {
        var username = fixture.openAccount(Set.of(Role.HR));
        for (var uri : new String[] {"//evil.example/x", "/\\evil.example", "/login", "/VAADIN/x.js"}) {
            var session = signedIn(username);
            request(session, "GET", uri);
            assertThat(pending(session).target()).as(uri).isEqualTo("/");
        }
    }
}
