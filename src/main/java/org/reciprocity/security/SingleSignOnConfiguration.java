package org.reciprocity.security;

import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.util.StringUtils;

/**
 * Single sign-on with an OpenID Connect provider, only when {@code reciprocity.security.sso.issuer-uri} is set.
 * Without it none of this exists: the filter chain, the login page and start-up are as without SSO.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SingleSignOnConfiguration.IssuerSet.class)
class SingleSignOnConfiguration {

    @Bean
    ProviderRegistration singleSignOnProvider(SingleSignOnSettings settings, Clock clock) {
        return new ProviderRegistration(settings, clock);
    }

    /**
     * We keep none of the provider's tokens: it has told us who signed in, and the portal calls it for nothing
     * else. (Boot's default would keep every user's access token in memory for the life of the server.)
     */
    @Bean
    OAuth2AuthorizedClientRepository singleSignOnTokensNotKept() {
        return new OAuth2AuthorizedClientRepository() {
            @Override
            public <T extends OAuth2AuthorizedClient> @Nullable T loadAuthorizedClient(String registrationId,
                    Authentication principal, HttpServletRequest request) {
                return null;
            }

            @Override
            public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal,
                                             HttpServletRequest request, HttpServletResponse response) {
            }

            @Override
            public void removeAuthorizedClient(String registrationId, Authentication principal,
                                               HttpServletRequest request, HttpServletResponse response) {
            }
        };
    }

    /** Spring Security applies every {@code Customizer<HttpSecurity>} bean to the chain of {@link SecurityConfig}. */
    @Bean
    Customizer<HttpSecurity> singleSignOnLogin(ProviderRegistration provider, OAuth2AuthorizedClientRepository tokens,
                                               SingleSignOnAccounts accounts, VaadinDefaultRequestCache requestCache,
                                               SecurityContextHolderStrategy security, SecurityLog log,
                                               SingleSignOnSettings settings) {
        // the same repository as the chain's default, so that the login filter and our swap write to one place
        var contexts = new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                new HttpSessionSecurityContextRepository());
        var afterSignIn = new SavedRequestAwareAuthenticationSuccessHandler(); // back to where the guard stopped them
        afterSignIn.setRequestCache(requestCache);
        var flow = new SingleSignOnFlow(security, contexts, afterSignIn, log, settings.displayName());
        return http -> http.oauth2Login(login -> login
                .loginPage("/login") // ours (security.ui.LoginView), not Spring's generated one nor a redirect
                .clientRegistrationRepository(provider)
                .authorizedClientRepository(tokens)
                .securityContextRepository(contexts)
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new AccountOidcUserService(accounts)))
                .successHandler(flow::signedIn)
                .failureHandler(flow::refused)
                // a provider that cannot be reached when the button is pressed: the login page says so (not a 500)
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(flow::refused);
                        return filter;
                    }
                })
                .permitAll()); // the redirect and callback endpoints are for people not yet signed in
    }

    static final class IssuerSet implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("reciprocity.security.sso.issuer-uri"));
        }
    }
}
