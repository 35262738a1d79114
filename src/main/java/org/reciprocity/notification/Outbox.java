package org.reciprocity.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The table {@code mail_outbox}: every e-mail is a row first, written in the transaction of what it tells, and
 * sent afterwards by {@link MailSender}, so that a mail server that is down loses nothing and work that rolled back
 * mails nothing.
 */
@Component
class Outbox {

    /** Why a row was queued; a reporter notice's address is erased once it is done with. */
    enum Purpose { NOTIFICATION, DIGEST, REPORTER_NOTICE }

    /** One e-mail as it will be sent: plain text in the reader's language. */
    record Mail(Purpose purpose, String toAddress, String toName, Locale language, String subject, String body,
                String unsubscribeUrl) {

        Mail {
            subject = subject.length() > 300 ? subject.substring(0, 299) + "…" : subject;
            toName = toName.length() > 200 ? toName.substring(0, 200) : toName;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Outbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Joins the caller's transaction (every caller has one: the notification it tells about is written in it). */
    void add(Mail mail) {
        var now = clock.instant();
        jdbc.sql("""
                        insert into mail_outbox (purpose, to_address, to_name, language, subject, body, unsubscribe_url,
                                                 state, attempts, next_attempt_at, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""")
                .params(mail.purpose().name(), mail.toAddress(), mail.toName(), mail.language().getLanguage(),
                        mail.subject(), mail.body(), mail.unsubscribeUrl(), utc(now), utc(now))
                .update();
    }

    /** Timestamps go to the database as UTC offsets: H2 and PostgreSQL read them alike. */
    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
