package org.reciprocity;

import java.util.function.Supplier;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Test code acting as a real demo user for a moment: the account is loaded through the application's own
 * {@link UserDetailsService}, so its roles and employee record are the ones signing in would give — never roles a
 * test makes up. The previous sign-in (e.g. {@code @WithUserDetails}) is back afterwards.
 * <p>
 * Found by component scanning in every test context: {@code @Autowired RunAs runAs;} then
 * {@code runAs.user("olena", () -> visions.publish(command))}.
 */
@Component
public class RunAs {

    private final UserDetailsService users;
    /** This context's holder: an e2e test's context in the same JVM replaces the static SecurityContextHolder's. */
    private final SecurityContextHolderStrategy security;

    RunAs(UserDetailsService users, SecurityContextHolderStrategy security) {
        this.users = users;
        this.security = security;
    }

    /** What the work returns, done as the signed-in user {@code username}. */
    public <T> T user(String username, Supplier<T> work) {
        var details = users.loadUserByUsername(username);
        var previous = security.getContext();
        var signedIn = security.createEmptyContext();
        signedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null,
                details.getAuthorities()));
        security.setContext(signedIn);
        try {
            return work.get();
        } finally {
            security.setContext(previous);
        }
    }

    /** What the work returns, done as an anonymous visitor of the public pages. */
    public <T> T anonymous(Supplier<T> work) {
        var previous = security.getContext();
        var visitor = security.createEmptyContext();
        visitor.setAuthentication(new AnonymousAuthenticationToken("test", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        security.setContext(visitor);
        try {
            return work.get();
        } finally {
            security.setContext(previous);
        }
    }

    /** The work, done as the signed-in user {@code username}. */
    public void user(String username, Runnable work) {
        user(username, () -> {
            work.run();
            return null;
        });
    }
}
