package org.reciprocity.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Reads who signed in at the provider (Spring's {@link OidcUserService}: the ID token, checked, and the user-info
 * endpoint) and matches them to an account, refusing with {@link SingleSignOnRefused} when there is none.
 */
final class AccountOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final SingleSignOnAccounts accounts;

    AccountOidcUserService(SingleSignOnAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        var user = provider.loadUser(request);
        return new AccountOidcUser(user, accounts.signIn(user.getEmail(), user.getEmailVerified()));
    }

    /**
     * The provider's user with the account it was matched to. Named and authorised as the account, so that the
     * authentication events Spring publishes speak of our username, not of the provider's subject.
     */
    static final class AccountOidcUser implements OidcUser, Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        private final OidcUser provided;
        private final AccountPrincipal account;

        AccountOidcUser(OidcUser provided, AccountPrincipal account) {
            this.provided = provided;
            this.account = account;
        }

        AccountPrincipal account() {
            return account;
        }

        @Override
        public String getName() {
            return account.getUsername();
        }

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return account.getAuthorities();
        }

        @Override
        public Map<String, Object> getClaims() {
            return provided.getClaims();
        }

        @Override
        public @Nullable OidcUserInfo getUserInfo() {
            return provided.getUserInfo();
        }

        @Override
        public OidcIdToken getIdToken() {
            return provided.getIdToken();
        }

        @Override
        public Map<String, Object> getAttributes() {
            return provided.getAttributes();
        }
    }
}
