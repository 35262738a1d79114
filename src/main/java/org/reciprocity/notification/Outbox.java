package org.reciprocity.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The table {@code mail_outbox}: every e-mail is a row first, written in the transaction of what it tells, and
 * sent afterwards by {@link OutboxSender}, so that a mail server that is down loses nothing and work that rolled back
 * mails nothing.
 */
@Component
class Outbox {

    /** Why a row was queued; a reporter notice's address is erased once it is done with. */
    enum Purpose { NOTIFICATION, DIGEST, REPORTER_NOTICE }

    /**
     * One e-mail as it will be sent: plain text in the reader's language.
     *
     * @param unsubscribeUrl the one-click address of its {@code List-Unsubscribe} header ({@link MailLinks})
     */
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
                        mail.subject(), mail.body(), mail.unsubscribeUrl(), NotificationStore.utc(now),
                        NotificationStore.utc(now))
                .update();
    }

    /** A row due to be sent. */
    record Due(long id, Purpose purpose, String toAddress, String toName, Locale language, String subject,
               String body, String unsubscribeUrl, int attempts) {
    }

    /** The oldest PENDING rows whose time has come, at most {@code limit} (the index mail_outbox_due_ix). */
    List<Due> due(int limit) {
        return jdbc.sql("""
                        select id, purpose, to_address, to_name, language, subject, body, unsubscribe_url, attempts
                        from mail_outbox where state = 'PENDING' and next_attempt_at <= ?
                        order by next_attempt_at, id fetch first ? rows only""")
                .params(NotificationStore.utc(clock.instant()), limit)
                .query((rs, n) -> new Due(rs.getLong(1), Purpose.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), Locale.of(rs.getString(5)), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getInt(9)))
                .list();
    }

    /** Taken by the mail server; a reporter's address goes now, not with the row. */
    void sent(Due mail) {
        jdbc.sql("""
                        update mail_outbox set state = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = null,
                               to_address = case when purpose = 'REPORTER_NOTICE' then null else to_address end
                        where id = ? and state = 'PENDING'""")
                .params(NotificationStore.utc(clock.instant()), mail.id()).update();
    }

    /**
     * Not taken: tried again after {@code wait}, or given up (FAILED, a reporter's address erased) when
     * {@code wait} is null.
     */
    void notSent(Due mail, String error, @Nullable Duration wait) {
        var now = clock.instant();
        jdbc.sql("""
                        update mail_outbox set attempts = attempts + 1, last_error = ?, state = ?, next_attempt_at = ?,
                               to_address = case when purpose = 'REPORTER_NOTICE' and cast(? as varchar(10)) = 'FAILED' then null
                                                 else to_address end
                        where id = ? and state = 'PENDING'""")
                .params(error.length() > 500 ? error.substring(0, 500) : error, wait == null ? "FAILED" : "PENDING",
                        NotificationStore.utc(wait == null ? now : now.plus(wait)), wait == null ? "FAILED" : "PENDING", mail.id())
                .update();
    }

    /**
     * Removes what was sent or given up before {@code before} (a mail holds an address and what it told); what is
     * still PENDING stays, however old. Returns how many.
     */
    int deleteDoneBefore(Instant before) {
        return jdbc.sql("delete from mail_outbox where state in ('SENT', 'FAILED') and created_at < ?")
                .param(NotificationStore.utc(before)).update();
    }
}
