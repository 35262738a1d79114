package org.reciprocity.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether e-mail goes out: only with a mail server ({@code spring.mail.host}). Without one nothing is even queued
 * — an outbox that nobody sends would mail months of old news the day a server is configured — and the log says so
 * once at start, so that an operator who expected mail knows where to look.
 */
@Component
class MailSwitch {

    private static final Logger log = LoggerFactory.getLogger(MailSwitch.class);

    private final boolean on;

    MailSwitch(@Value("${spring.mail.host:}") String host) {
        this.on = !host.isBlank();
        if (on) {
            log.info("E-mail is on: notifications are mailed through {}", host);
        } else {
            log.info("E-mail is off: no mail server is set (spring.mail.host), notifications stay in the bell");
        }
    }

    boolean on() {
        return on;
    }
}
