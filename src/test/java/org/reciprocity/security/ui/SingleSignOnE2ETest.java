package org.reciprocity.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.reciprocity.EndToEndTest;
import org.reciprocity.RunAs;
import org.reciprocity.security.Role;
import org.reciprocity.security.SecondFactorFixture;
import org.reciprocity.security.SecurityEventKind;
import org.reciprocity.security.SecurityLog;
import org.reciprocity.security.SecurityLogLine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import testidp.TestIdentityProvider;
import testidp.TestIdentityProvider.Person;

/**
 * Single sign-on end to end: the portal on one loopback port, a real OpenID provider (Spring Authorization
 * Server) on another, Chromium between them. The portal gets its own Spring context here, the only one with SSO.
 */
class SingleSignOnE2ETest extends EndToEndTest {

    private static final String PROVIDER_NAME = "Reciprocity ID";
    private static final String BUTTON = "Sign in with " + PROVIDER_NAME;
    private static TestIdentityProvider provider;
    /** An HR account of our own (the demo's are exempt from the second factor in demo mode). */
    private static final String SSO_HR = "mfa.sso.hr";

    @Autowired
    SecurityLog securityLog;
    @Autowired
    RunAs runAs;
    @Autowired
    SecondFactorFixture secondFactor;

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry registry) {
        provider = TestIdentityProvider.start(List.of(
                new Person("maksym", "maksym-at-the-provider", "maksym.shevchenko@reciprocity.example", true),
                new Person("stranger", "stranger-at-the-provider", "stranger@elsewhere.example", true),
                new Person("unverified", "unverified-at-the-provider", "anna.kovalenko@reciprocity.example", false),
                new Person("hr.sso", "hr-at-the-provider", SSO_HR + "@test.example", true)));
        registry.add("reciprocity.security.sso.issuer-uri", provider::issuer);
        registry.add("reciprocity.security.sso.client-id", () -> TestIdentityProvider.CLIENT_ID);
        registry.add("reciprocity.security.sso.client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
        registry.add("reciprocity.security.sso.name", () -> PROVIDER_NAME);
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    void anEmployeeSignsInAtTheProviderAndComesBackAsThemselvesWithTheirRoles() {
        var page = anonymousPage();
        page.navigate(url("check-ins")); // a manager's page: the portal sends a stranger to sign in first
        page.waitForURL(u -> u.contains("/login"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(BUTTON))).isVisible();
        screenshot(page, "sso-login");
        signInAtProvider(page, "maksym", "maksym-at-the-provider");

        page.waitForURL(u -> u.startsWith(url("check-ins")));
        page.locator("vaadin-app-layout").waitFor();
        var items = page.locator("vaadin-side-nav vaadin-side-nav-item");
        items.first().waitFor();
        assertThat(items.allInnerTexts().stream().map(t -> t.replaceAll("\\s+\\d+$", "").strip()).toList())
                .as("Maksym's navigation, as after his password sign-in")
                .containsExactly("Board", "Received and given", "Service vision", "People", "Self-assessment",
                        "Check-ins", "Tell us", "My reports");
        assertThat(page.getByText("Maksym Shevchenko").first()).isVisible();
        screenshot(page, "sso-signed-in-max");
        assertThat(singleSignOnLog()).anySatisfy(line -> {
            assertThat(line.kind()).isEqualTo(SecurityEventKind.SSO_SIGN_IN_SUCCEEDED);
            assertThat(line.account()).isEqualTo("max");
            assertThat(line.detail()).isEqualTo(PROVIDER_NAME);
        });
    }

    @Test
    void aStrangerWhoseVerifiedAddressIsNoEmployeesIsRefusedWithAMessage() {
        var page = anonymousPage();
        page.navigate(url("login"));
        signInAtProvider(page, "stranger", "stranger-at-the-provider");

        page.waitForURL(u -> u.startsWith(url("login")));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("no account here belongs to that e-mail address");
        screenshot(page, "sso-refused-stranger");
        page.navigate(url(""));
        page.waitForURL(u -> u.contains("/login"));
        assertThat(page.locator("vaadin-app-layout")).hasCount(0);
        assertThat(singleSignOnLog()).anySatisfy(line -> {
            assertThat(line.kind()).isEqualTo(SecurityEventKind.SSO_SIGN_IN_REFUSED);
            assertThat(line.account()).isNull();
            assertThat(line.detail()).isEqualTo("unknown: stranger@elsewhere.example");
        });
    }

    @Test
    void anAddressTheProviderHasNotVerifiedSignsNobodyIn() {
        var page = anonymousPage("ru-RU", 375, 812);
        page.navigate(url("login"));
        signInAtProvider(page, "unverified", "unverified-at-the-provider", "Войти через " + PROVIDER_NAME);

        page.waitForURL(u -> u.startsWith(url("login")));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("не подтверждает ваш адрес электронной почты");
        screenshot(page, "sso-refused-unverified-ru-phone");
        assertThat(singleSignOnLog()).anySatisfy(line -> {
            assertThat(line.kind()).isEqualTo(SecurityEventKind.SSO_SIGN_IN_REFUSED);
            assertThat(line.detail()).isEqualTo("unverified: anna.kovalenko@reciprocity.example");
        });
    }

    @Test
    void theButtonSpeaksTheBrowsersLanguageOnAPhone() {
        var page = anonymousPage("uk-UA", 375, 812);
        page.navigate(url("login"));
        var button = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Увійти через " + PROVIDER_NAME));
        assertThat(button).isVisible();
        assertThat(button.boundingBox().width).as("fits the phone").isLessThanOrEqualTo(375);
        screenshot(page, "sso-login-uk-phone");
    }

    @Test
    void hrSigningInAtTheProviderStillPassesTheSecondFactorAndThenOpensThePageItAskedFor() {
        secondFactor.openAccount(SSO_HR, Set.of(Role.HR));
        var page = anonymousPage();
        page.navigate(url("review"));
        page.waitForURL(u -> u.contains("/login"));
        signInAtProvider(page, "hr.sso", "hr-at-the-provider");

        page.waitForURL(u -> u.contains("/second-factor"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Set up two-step sign-in")))
                .isVisible();
        assertThat(page.locator("vaadin-side-nav")).hasCount(0);
        var key = page.getByLabel("Key for manual entry").inputValue().replace(" ", "");
        var code = page.getByLabel("Code from your authenticator app");
        code.fill(SecondFactorFixture.codeAt(key, Instant.now()));
        code.press("Enter");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I have saved them")).click();

        page.waitForURL(u -> u.startsWith(url("review")));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Reports to review")))
                .isVisible();
        screenshot(page, "sso-hr-after-second-factor");
    }

    /** What the admin reads in the security log about single sign-on: never a token (a JWT starts "eyJ"). */
    private List<SecurityLogLine> singleSignOnLog() {
        var lines = runAs.user("admin", () -> securityLog.find(EnumSet.of(SecurityEventKind.SSO_SIGN_IN_SUCCEEDED,
                SecurityEventKind.SSO_SIGN_IN_REFUSED), "", PageRequest.of(0, 50)).getContent());
        assertThat(lines).noneSatisfy(line -> assertThat(line.detail()).contains("eyJ"));
        return lines;
    }

    private void signInAtProvider(Page page, String username, String password) {
        signInAtProvider(page, username, password, BUTTON);
    }

    /** Clicks "Sign in with …" on our page and signs in on the provider's own login page. */
    private void signInAtProvider(Page page, String username, String password, String button) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(button)).click();
        page.waitForURL(Pattern.compile(Pattern.quote(provider.issuer()) + "/login.*"));
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }
}
