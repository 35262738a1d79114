package org.reciprocity.notification;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Every test context sends its mail to the JVM's one GreenMail ({@link MailServer}). Through the environment, not
 * {@code @DynamicPropertySource}: a test class with properties of its own gets a Spring context of its own, and a
 * second Vaadin context in the JVM replaces the static security holder the browserless tests' views are checked by.
 * The sender's own schedule waits an hour: the mail tests send when they choose.
 */
class MailServerProperties implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addFirst(new MapPropertySource("test-mail-server", Map.of(
                "spring.mail.host", MailServer.host(),
                "spring.mail.port", MailServer.port(),
                "reciprocity.notification.send-every", "PT1H")));
    }
}
