package org.reciprocity.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Who is signed in, for services that decide which rows a person may see. Asks the context's own
 * {@link SecurityContextHolderStrategy} (as method security does), not the static holder, which a second
 * application context in the same JVM replaces.
 */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy security;

    CurrentUser(SecurityContextHolderStrategy security) {
        this.security = security;
    }

    public Optional<SignedInUser> get() {
        var authentication = security.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }

    public SignedInUser require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Nobody is signed in"));
    }
}
