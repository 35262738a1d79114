package org.reciprocity.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings from {@code reciprocity.security.session.*}: how long a session may sit idle before it ends.
 *
 * @param idleTimeout           for everyone, signed in or not ({@code server.servlet.session.timeout} follows it)
 * @param privilegedIdleTimeout for HR and admin, who read reporters' identities and change accounts
 */
@ConfigurationProperties("reciprocity.security.session")
record SessionSettings(@DefaultValue("30m") Duration idleTimeout,
                       @DefaultValue("15m") Duration privilegedIdleTimeout) {

    SessionSettings {
        if (idleTimeout.toSeconds() < 120 || privilegedIdleTimeout.toSeconds() < 120) {
            // the page warns a minute before: shorter timeouts would warn before anyone could have stopped
            throw new IllegalArgumentException("Idle timeouts must be at least 2 minutes");
        }
    }
}
