package org.reciprocity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import testidp.TestIdentityProvider;

/** The provider is asked for its configuration when someone first signs in with it, not at start-up. */
class ProviderRegistrationTest {

    private static SingleSignOnSettings settings(String issuer) {
        return new SingleSignOnSettings(issuer, TestIdentityProvider.CLIENT_ID, TestIdentityProvider.CLIENT_SECRET,
                "Test ID");
    }

    @Test
    void aProviderThatCannotBeReachedIsNoRegistrationAndNoError() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        var registration = new ProviderRegistration(settings("http://127.0.0.1:" + closedPort), Clock.systemUTC());
        assertThat(registration.findByRegistrationId(SingleSignOn.REGISTRATION_ID)).isNull();
    }

    @Test
    void aReachableProviderIsDiscoveredOnceWithOurClientAndOnlyTheScopesWeNeed() {
        try (var provider = TestIdentityProvider.start(List.of())) {
            var registrations = new ProviderRegistration(settings(provider.issuer()), Clock.systemUTC());
            var registration = registrations.findByRegistrationId(SingleSignOn.REGISTRATION_ID);
            assertThat(registration).isNotNull();
            assertThat(registration.getProviderDetails().getAuthorizationUri()).startsWith(provider.issuer());
            assertThat(registration.getProviderDetails().getJwkSetUri()).startsWith(provider.issuer());
            assertThat(registration.getClientId()).isEqualTo(TestIdentityProvider.CLIENT_ID);
            assertThat(registration.getClientName()).isEqualTo("Test ID");
            assertThat(registration.getAuthorizationGrantType()).isEqualTo(AuthorizationGrantType.AUTHORIZATION_CODE);
            assertThat(registration.getScopes()).containsExactlyInAnyOrder("openid", "email");
            assertThat(registration.getRedirectUri()).isEqualTo("{baseUrl}/login/oauth2/code/{registrationId}");
            assertThat(registrations.findByRegistrationId(SingleSignOn.REGISTRATION_ID)).isSameAs(registration);
            assertThat(registrations.findByRegistrationId("other")).isNull();
        }
    }

    @Test
    void anIssuerWithoutClientCredentialsStopsStartUpWithTheSettingsToSet() {
        assertThatThrownBy(() -> new ProviderRegistration(new SingleSignOnSettings("https://id.example", "", null,
                null), Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("reciprocity.security.sso.client-id");
    }

    @Test
    void withoutANameTheLoginPageNamesTheIssuersHost() {
        assertThat(new SingleSignOnSettings("https://login.example.com/realms/staff", "a", "b", " ").displayName())
                .isEqualTo("login.example.com");
    }
}
