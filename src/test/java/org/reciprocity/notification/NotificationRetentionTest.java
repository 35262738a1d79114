package org.reciprocity.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.reciprocity.RunAs;
import org.reciprocity.people.Directory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** After 90 days a notification and a sent e-mail are gone; an e-mail still waiting to go out is not. */
@SpringBootTest
class NotificationRetentionTest {

    @Autowired
    NotificationRetention retention;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    Directory directory;
    @Autowired
    RunAs runAs;

    @Test
    void theNightlyCleanUpDeletesWhatIsOlderThanNinetyDaysExceptMailNotYetSent() {
        var someone = runAs.user("olena", () -> directory.pick("Zlata Romaniuk", PageRequest.of(0, 1)).getFirst().id());
        var now = clock.instant();
        var old = now.minus(Duration.ofDays(91));
        var recent = now.minus(Duration.ofDays(89));
        var oldNotification = notification(someone, old);
        var recentNotification = notification(someone, recent);
        var oldSent = mail("SENT", old);
        var oldFailed = mail("FAILED", old);
        var oldPending = mail("PENDING", old);
        var recentSent = mail("SENT", recent);

        retention.run();

        assertThat(exists("notification", oldNotification)).isFalse();
        assertThat(exists("notification", recentNotification)).isTrue();
        assertThat(exists("mail_outbox", oldSent)).isFalse();
        assertThat(exists("mail_outbox", oldFailed)).isFalse();
        assertThat(exists("mail_outbox", oldPending)).as("not sent yet").isTrue();
        assertThat(exists("mail_outbox", recentSent)).isTrue();
        jdbc.sql("delete from mail_outbox where id = ?").param(oldPending).update(); // the sender must not try it
    }

    long notification(long recipient, Instant at) {
        var key = "retention:" + UUID.randomUUID();
        jdbc.sql("""
                        insert into notification (recipient_id, kind, subject_id, detail, once_key, created_at)
                        values (?, 'RECOGNITION_RECEIVED', 0, '', ?, ?)""")
                .params(recipient, key, NotificationStore.utc(at)).update();
        return jdbc.sql("select id from notification where once_key = ?").param(key).query(Long.class).single();
    }

    long mail(String state, Instant at) {
        var subject = "Retention " + UUID.randomUUID();
        jdbc.sql("""
                        insert into mail_outbox (purpose, to_address, language, subject, body, unsubscribe_url, state,
                                                 next_attempt_at, created_at)
                        values ('NOTIFICATION', 'nobody@example.invalid', 'en', ?, 'body', '', ?, ?, ?)""")
                .params(subject, state, NotificationStore.utc(now().plus(Duration.ofDays(3650))), NotificationStore.utc(at))
                .update();
        return jdbc.sql("select id from mail_outbox where subject = ?").param(subject).query(Long.class).single();
    }

    Instant now() {
        return clock.instant();
    }

    boolean exists(String table, long id) {
        return jdbc.sql("select count(*) from " + table + " where id = ?").param(id).query(Long.class).single() > 0;
    }
}
