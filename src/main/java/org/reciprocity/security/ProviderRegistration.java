package org.reciprocity.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.oidc.OidcScopes;

/**
 * The single sign-on provider's client registration, learnt from its OpenID discovery document the first time
 * someone uses it, not at start-up: a provider that is down must not keep the portal from starting, and once it is
 * back the next sign-in finds it. After a failed discovery, anyone clicking within {@link #RETRY_AFTER} is told at
 * once instead of making the server wait on the provider again.
 */
final class ProviderRegistration implements ClientRegistrationRepository {

    static final Duration RETRY_AFTER = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(ProviderRegistration.class);

    private final SingleSignOnSettings settings;
    private final Clock clock;
    private volatile @Nullable ClientRegistration registration;
    private volatile Instant failedAt = Instant.MIN;

    ProviderRegistration(SingleSignOnSettings settings, Clock clock) {
        if (!hasText(settings.clientId()) || !hasText(settings.clientSecret())) {
            throw new IllegalStateException("reciprocity.security.sso.issuer-uri is set: set "
                    + "reciprocity.security.sso.client-id and reciprocity.security.sso.client-secret too");
        }
        this.settings = settings;
        this.clock = clock;
    }

    /** The registration, or null while the provider cannot be reached (the login flow then says so). */
    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        if (!SingleSignOn.REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        var known = registration;
        if (known == null && failedAt.plus(RETRY_AFTER).isBefore(clock.instant())) {
            known = discover();
            registration = known;
        }
        return known;
    }

    private @Nullable ClientRegistration discover() {
        var issuer = String.valueOf(settings.issuerUri()).strip();
        try {
            return ClientRegistrations.fromIssuerLocation(issuer)
                    .registrationId(SingleSignOn.REGISTRATION_ID)
                    .clientId(String.valueOf(settings.clientId()).strip())
                    .clientSecret(String.valueOf(settings.clientSecret()).strip())
                    .clientName(settings.displayName())
                    .scope(OidcScopes.OPENID, OidcScopes.EMAIL) // the address is all we need to know
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .build();
        } catch (RuntimeException e) {
            failedAt = clock.instant();
            LOG.warn("Single sign-on provider {} could not be reached or gave no OpenID configuration: {}",
                    issuer, e.toString());
            return null;
        }
    }

    private static boolean hasText(@Nullable String text) {
        return text != null && !text.isBlank();
    }
}
