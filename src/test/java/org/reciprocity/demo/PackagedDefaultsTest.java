package org.reciprocity.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.reciprocity.security.InitialAdmin;
import org.reciprocity.security.SecondFactorExemption;
import org.reciprocity.security.SignIn;
import org.reciprocity.shared.StoryClock;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * The packaged jar opens no demo accounts (they share the password the README publishes) unless someone switches
 * demo data on: its settings are the main {@code application.properties}, without the tests' overrides.
 */
class PackagedDefaultsTest {

    private static Properties packaged() throws IOException {
        var main = new ClassPathResource("application.properties");
        assertThat(main.getURL().getPath()).as("the main settings, not the tests'").doesNotContain("test-classes");
        return PropertiesLoaderUtils.loadProperties(main);
    }

    private static ApplicationContextRunner demo(Properties settings) {
        return new ApplicationContextRunner()
                .withInitializer(c -> c.getEnvironment().getPropertySources()
                        .addFirst(new PropertiesPropertySource("packaged", settings)))
                .withBean(InitialAdmin.class, () -> mock(InitialAdmin.class))
                .withBean(SignIn.class, () -> mock(SignIn.class))
                .withBean(StoryClock.class, () -> mock(StoryClock.class))
                .withBean(DemoCompany.class, () -> mock(DemoCompany.class))
                .withBean(DemoVision.class, () -> mock(DemoVision.class))
                .withBean(DemoRecognitions.class, () -> mock(DemoRecognitions.class))
                .withBean(DemoAssessments.class, () -> mock(DemoAssessments.class))
                .withBean(DemoReports.class, () -> mock(DemoReports.class))
                .withBean(DemoReviewWork.class, () -> mock(DemoReviewWork.class))
                .withUserConfiguration(DemoData.class);
    }

    @Test
    void thePackagedJarTellsNoDemoStoryAndOpensNoDemoAccount() throws IOException {
        var settings = packaged();
        assertThat(settings.getProperty("reciprocity.demo-data")).isEqualTo("false");
        demo(settings).run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(DemoData.class));
    }

    @Test
    void switchedOnExplicitlyItDoes() throws IOException {
        var settings = packaged();
        settings.setProperty("reciprocity.demo-data", "true");
        demo(settings).run(context -> assertThat(context).hasSingleBean(DemoData.class));
    }

    @Test
    void outsideTheDemoHrAndAdminsPassASecondFactorAndOnlyTheDemoExemptsItsAccounts() throws IOException {
        var settings = packaged();
        assertThat(settings.getProperty("reciprocity.security.mfa.required-roles")).isEqualTo("HR,ADMIN");
        var exemption = new ApplicationContextRunner().withUserConfiguration(DemoAccountsWithoutSecondFactor.class);
        exemption.withInitializer(c -> c.getEnvironment().getPropertySources()
                        .addFirst(new PropertiesPropertySource("packaged", settings)))
                .run(context -> assertThat(context).doesNotHaveBean(SecondFactorExemption.class));
        exemption.withPropertyValues("reciprocity.demo-data=true").run(context -> {
            var demo = context.getBean(SecondFactorExemption.class);
            assertThat(demo.exempts("olena")).isTrue();
            assertThat(demo.exempts("admin")).isTrue();
            assertThat(demo.exempts("someone.the.admin.opened")).isFalse();
        });
    }

    @Test
    void theProductionProfileNeverDoes() throws IOException {
        var postgres = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-postgres.properties"));
        assertThat(postgres.getProperty("reciprocity.demo-data")).isEqualTo("false");
        assertThat(postgres.getProperty("reciprocity.security.mfa.secret-key")).as("no development default")
                .isEqualTo("${RECIPROCITY_MFA_SECRET_KEY}");
    }

    @Test
    void demoAccountsAreLocalOnlyWhenTheServerListensOnLoopback() {
        assertThat(DemoData.isLoopback("127.0.0.1")).isTrue();
        assertThat(DemoData.isLoopback("::1")).isTrue();
        assertThat(DemoData.isLoopback("localhost")).isTrue();
        assertThat(DemoData.isLoopback("")).as("every interface").isFalse();
        assertThat(DemoData.isLoopback("0.0.0.0")).isFalse();
    }
}
