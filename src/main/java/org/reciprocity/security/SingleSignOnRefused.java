package org.reciprocity.security;

import org.jspecify.annotations.Nullable;
import org.reciprocity.security.SingleSignOn.Refusal;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * The provider said who signed in, and we do not let them in. Thrown while Spring Security's OAuth2 login
 * handles the provider's answer, so it ends in the login flow's failure handler like any other refusal.
 *
 * @param account the account concerned, when one was found (e.g. a disabled one)
 * @param email   the address the provider gave, for the security log
 */
final class SingleSignOnRefused extends OAuth2AuthenticationException {

    private final Refusal refusal;
    private final @Nullable String account;
    private final @Nullable String email;

    SingleSignOnRefused(Refusal refusal, @Nullable String account, @Nullable String email) {
        super(new OAuth2Error("reciprocity_sso_" + refusal.code()), "Single sign-on refused: " + refusal.code());
        this.refusal = refusal;
        this.account = account;
        this.email = email;
    }

    Refusal refusal() {
        return refusal;
    }

    @Nullable String account() {
        return account;
    }

    @Nullable String email() {
        return email;
    }
}
