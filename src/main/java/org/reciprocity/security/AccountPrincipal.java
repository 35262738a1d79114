package org.reciprocity.security;

import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The Spring Security principal of a signed-in account; carries the {@link SignedInUser}. */
final class AccountPrincipal implements UserDetails, CredentialsContainer {

    private final SignedInUser user;
    private @Nullable String passwordHash;
    private final boolean enabled;
    private final @Nullable String language;

    AccountPrincipal(SignedInUser user, String passwordHash, boolean enabled, @Nullable String language) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.language = language;
    }

    SignedInUser user() {
        return user;
    }

    @Nullable String language() {
        return language;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountPrincipal p && p.user.accountId() == user.accountId();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(user.accountId());
    }
}
