package testidp;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import java.net.InetAddress;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * A real OpenID Connect provider for tests: Spring Authorization Server on a loopback port of its own, in this JVM
 * but in a Spring context of its own (this package lies outside {@code org.reciprocity}, so the portal's component
 * scan never finds it, and it auto-configures nothing). Its people sign in on its own login page; each has an
 * e-mail address that the provider puts in the ID token, verified or not.
 */
public final class TestIdentityProvider implements AutoCloseable {

    public static final String CLIENT_ID = "reciprocity-portal";
    public static final String CLIENT_SECRET = "test-only-client-secret";
    /** Its session cookie: the portal runs on the same host (cookies ignore ports), so the names must differ. */
    static final String SESSION_COOKIE = "IDPSESSION";

    /** Someone who can sign in at the provider. */
    public record Person(String username, String password, String email, boolean emailVerified) {
    }

    private final ConfigurableApplicationContext context;

    private TestIdentityProvider(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static TestIdentityProvider start(List<Person> people) {
        var context = new SpringApplicationBuilder(Provider.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                .initializers(c -> c.getBeanFactory().registerSingleton("people", new People(people)))
                .properties("spring.config.name=test-identity-provider") // none of the portal's properties
                .run();
        return new TestIdentityProvider(context);
    }

    /** Its issuer, e.g. {@code http://127.0.0.1:41234}: the discovery document is below it. */
    public String issuer() {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
        context.close();
    }

    record People(Map<String, Person> byUsername) {

        People(List<Person> people) {
            this(people.stream().collect(Collectors.toMap(Person::username, Function.identity())));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebSecurity
    static class Provider {

        @Bean
        TomcatServletWebServerFactory webServer() throws Exception {
            var factory = new TomcatServletWebServerFactory(0);
            factory.setAddress(InetAddress.getLoopbackAddress());
            // every page is a filter's (Spring Security's); Tomcat runs filters only for a mapped servlet
            factory.setRegisterDefaultServlet(true);
            return factory;
        }

        @Bean
        ServletContextInitializer sessionCookie() {
            return servletContext -> servletContext.getSessionCookieConfig().setName(SESSION_COOKIE);
        }

        /**
         * The JVM-wide holder, looked up at each use. The portal's Vaadin puts its own strategy (its own thread
         * locals) into {@link SecurityContextHolder} when the portal starts, after this provider; the provider's
         * filters and the parts of Spring Authorization Server that read {@code SecurityContextHolder} directly must
         * still see the same context, or the signed-in person is lost between them.
         */
        @Bean
        SecurityContextHolderStrategy securityContextHolderStrategy() {
            return new SecurityContextHolderStrategy() {
                @Override
                public void clearContext() {
                    SecurityContextHolder.getContextHolderStrategy().clearContext();
                }

                @Override
                public SecurityContext getContext() {
                    return SecurityContextHolder.getContextHolderStrategy().getContext();
                }

                @Override
                public void setContext(SecurityContext context) {
                    SecurityContextHolder.getContextHolderStrategy().setContext(context);
                }

                @Override
                public SecurityContext createEmptyContext() {
                    return SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
                }
            };
        }

        @Bean
        @Order(1)
        SecurityFilterChain endpoints(HttpSecurity http) {
            http.oauth2AuthorizationServer(server -> {
                        http.securityMatcher(server.getEndpointsMatcher());
                        server.oidc(Customizer.withDefaults());
                    })
                    .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                    .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signIn(HttpSecurity http) {
            http.authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        UserDetailsService users(People people) {
            return new InMemoryUserDetailsManager(people.byUsername().values().stream()
                    .map(p -> User.withUsername(p.username()).password("{noop}" + p.password()).roles("USER").build())
                    .toList());
        }

        /** The address and whether it is verified go into the ID token (and so to the user-info endpoint). */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> emailClaims(People people) {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    var person = people.byUsername().get(context.getPrincipal().getName());
                    context.getClaims().claim(StandardClaimNames.EMAIL, person.email())
                            .claim(StandardClaimNames.EMAIL_VERIFIED, person.emailVerified());
                }
            };
        }

        @Bean
        RegisteredClientRepository clients() {
            return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(CLIENT_ID)
                    .clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    // loopback: any port matches (RFC 8252), so the portal's random test port needs no telling
                    .redirectUri("http://127.0.0.1/login/oauth2/code/sso")
                    .scope(OidcScopes.OPENID)
                    .scope(OidcScopes.EMAIL)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                    .build());
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            return AuthorizationServerSettings.builder().build();
        }

        @Bean
        JWKSource<com.nimbusds.jose.proc.SecurityContext> keys() throws NoSuchAlgorithmException {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            var key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        /** Checks the access tokens that the portal presents to the user-info endpoint. */
        @Bean
        JwtDecoder jwtDecoder(JWKSource<com.nimbusds.jose.proc.SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }
    }
}
