package org.reciprocity.security;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * Settings from {@code reciprocity.security.sso.*}: single sign-on with an OpenID Connect provider, off while no
 * issuer is set. Our own names rather than {@code spring.security.oauth2.client.*}, because Boot reads those at
 * start-up and asks the provider for its configuration then: an unreachable provider would stop the portal.
 *
 * @param issuerUri    the provider's issuer, e.g. {@code https://login.example.com/realms/staff}; blank: no SSO
 * @param clientId     the portal's client id at the provider
 * @param clientSecret the portal's client secret at the provider
 * @param name         what the login page calls the provider ("Sign in with <name>"); the issuer's host if blank
 */
@ConfigurationProperties("reciprocity.security.sso")
record SingleSignOnSettings(@Nullable String issuerUri, @Nullable String clientId, @Nullable String clientSecret,
                            @Nullable String name) {

    boolean configured() {
        return StringUtils.hasText(issuerUri);
    }

    /** The name to show: the configured one, else the issuer's host. */
    String displayName() {
        if (StringUtils.hasText(name)) {
            return name.strip();
        }
        var host = issuerUri == null ? null : URI.create(issuerUri.strip()).getHost();
        return host == null ? "single sign-on" : host;
    }
}
