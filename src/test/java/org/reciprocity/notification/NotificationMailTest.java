package org.reciprocity.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reciprocity.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications mailed through the outbox to a real SMTP server (GreenMail): what the recipient receives, that a
 * reporter's notice tells nothing and forgets the address, and that a mail server that is down loses nothing.
 */
@SpringBootTest
class NotificationMailTest {

    @Autowired
    NotificationMail mail;
    @Autowired
    OutboxSender sender;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void emptyOutboxAndMailbox() throws Exception {
        Mailbox.empty(jdbc);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        MailServer.start();
    }

    @Test
    void aNotificationIsMailedInTheRecipientsLanguageWithItsLinkAndOneClickUnsubscribe() throws Exception {
        var anna = employee("anna");
        var languageBefore = jdbc.sql("select language from account where employee_id = ?").param(anna.id())
                .query(String.class).optional().orElse(null);
        jdbc.sql("update account set language = 'uk' where employee_id = ?").param(anna.id()).update();
        try {
            var notification = notification(anna.id(), NotificationKind.CHECK_IN_REQUESTED, 7, "Bohdan Tkachenko");
            assertThat(Boolean.TRUE.equals(transaction.execute(t -> mail.queue(notification)))).as("queued").isTrue();
            sender.sendDue();

            var received = MailServer.server().getReceivedMessages();
            assertThat(received).hasSize(1);
            var message = received[0];
            assertThat(message.getAllRecipients()).extracting(Object::toString).singleElement()
                    .asString().contains(anna.email());
            assertThat(message.getSubject()).isEqualTo("[Reciprocity] HR просить вас поговорити з колегою: Bohdan Tkachenko");
            assertThat(message.getHeader("Content-Language", null)).isEqualTo("uk");
            var body = text(message);
            assertThat(body).contains("Вітаємо, Anna Kovalenko!", "http://localhost:8080/check-ins");
            var unsubscribe = message.getHeader("List-Unsubscribe", null);
            assertThat(unsubscribe).as("the one-click address")
                    .matches("<http://localhost:8080/unsubscribe/one-click\\?token=[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+>");
            var token = unsubscribe.substring(unsubscribe.indexOf("token=") + "token=".length(), unsubscribe.length() - 1);
            assertThat(body).as("the footer links to the page, with the same token")
                    .contains("http://localhost:8080/unsubscribe?token=" + token);
            assertThat(message.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
            assertThat(state()).isEqualTo("SENT");

            sender.sendDue();
            assertThat(MailServer.server().getReceivedMessages()).as("sent once").hasSize(1);
        } finally {
            jdbc.sql("update account set language = ? where employee_id = ?").params(languageBefore, anna.id()).update();
        }
    }

    @Test
    void aQueuedMailRollsBackWithTheNotification() {
        var anna = employee("anna");
        var notification = notification(anna.id(), NotificationKind.ASSESSMENT_OPENED, 0, "December 2026");
        transaction.executeWithoutResult(t -> {
            mail.queue(notification);
            t.setRollbackOnly();
        });
        assertThat(jdbc.sql("select count(*) from mail_outbox").query(Long.class).single()).isZero();
    }

    @Test
    void aReporterNoticeSaysOnlyThatThereIsNewsAndTheOutboxForgetsTheAddress() throws Exception {
        var report = jdbc.sql("select id, who, what from report order by id fetch first 1 rows only")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).single();
        transaction.executeWithoutResult(t -> mail.queueReporterNotice(Long.parseLong(report[0]),
                "reporter@example.org", Locale.of("ru")));
        sender.sendDue();

        var received = MailServer.server().getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("reporter@example.org");
        assertThat(received[0].getSubject()).isEqualTo("[Reciprocity] Есть обновление по вашему обращению");
        var body = text(received[0]);
        assertThat(body).contains("http://localhost:8080/tell/status").doesNotContain(report[1], report[2]);
        assertThat(jdbc.sql("select count(*) from mail_outbox where to_address is not null").query(Long.class)
                .single()).isZero();
    }

    @Test
    void aReporterWhoUnsubscribedGetsNoMoreNotices() {
        var reportId = jdbc.sql("select max(id) from report").query(Long.class).single();
        jdbc.sql("insert into reporter_notice_opt_out (report_id, created_at) values (?, ?)")
                .params(reportId, NotificationStore.utc(Instant.now())).update();
        try {
            transaction.executeWithoutResult(t -> mail.queueReporterNotice(reportId, "reporter@example.org",
                    Locale.ENGLISH));
            assertThat(jdbc.sql("select count(*) from mail_outbox").query(Long.class).single()).isZero();
        } finally {
            jdbc.sql("delete from reporter_notice_opt_out where report_id = ?").param(reportId).update();
        }
    }

    @Test
    void aMailServerThatIsDownLosesNothingAndTheMailGoesOnceItIsBack() throws Exception {
        var start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(start);
        var notification = notification(employee("max").id(), NotificationKind.ASSESSMENT_CLOSING, 0, "December 2026");
        transaction.executeWithoutResult(t -> mail.queue(notification));
        MailServer.stop();

        sender.sendDue();
        assertThat(state()).isEqualTo("PENDING");
        assertThat(attempts()).isEqualTo(1);
        assertThat(nextAttempt()).isEqualTo(start.plus(Duration.ofMinutes(1)));
        sender.sendDue();
        assertThat(attempts()).as("not due again before its minute").isEqualTo(1);

        clock.set(start.plus(Duration.ofMinutes(1)));
        sender.sendDue();
        assertThat(attempts()).isEqualTo(2);
        assertThat(nextAttempt()).isEqualTo(start.plus(Duration.ofMinutes(3)));

        MailServer.start();
        clock.set(start.plus(Duration.ofMinutes(3)));
        sender.sendDue();
        sender.sendDue();
        assertThat(MailServer.server().getReceivedMessages()).hasSize(1);
        assertThat(state()).isEqualTo("SENT");
    }

    @Test
    void aMailIsGivenUpAfterTenAttemptsAndAReportersAddressIsErasedThen() {
        var at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(at);
        var reportId = jdbc.sql("select min(id) from report").query(Long.class).single();
        transaction.executeWithoutResult(t -> mail.queueReporterNotice(reportId, "reporter@example.org",
                Locale.ENGLISH));
        MailServer.stop();
        for (var attempt = 1; attempt <= OutboxSender.MOST_ATTEMPTS; attempt++) {
            assertThat(state()).isEqualTo("PENDING");
            sender.sendDue();
            assertThat(attempts()).isEqualTo(attempt);
            at = at.plus(Duration.ofMinutes(60));
            clock.set(at);
        }
        assertThat(state()).isEqualTo("FAILED");
        assertThat(attempts()).isEqualTo(OutboxSender.MOST_ATTEMPTS);
        assertThat(jdbc.sql("select count(*) from mail_outbox where to_address is not null").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select last_error from mail_outbox").query(String.class).single())
                .doesNotContain("reporter@example.org");
    }

    @Test
    void theWaitDoublesUpToAnHour() {
        assertThat(OutboxSender.waitAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxSender.waitAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(OutboxSender.waitAfter(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(OutboxSender.waitAfter(7)).isEqualTo(Duration.ofMinutes(60));
        assertThat(OutboxSender.waitAfter(9)).isEqualTo(Duration.ofMinutes(60));
    }

    private record Employee(long id, String email) {
    }

    private Employee employee(String username) {
        return jdbc.sql("select e.id, e.email from employee e join account a on a.employee_id = e.id "
                        + "where a.username = ?").param(username)
                .query((rs, n) -> new Employee(rs.getLong(1), rs.getString(2))).single();
    }

    private StoredNotification notification(long recipientId, NotificationKind kind, long subjectId, String detail) {
        var at = clock.instant();
        jdbc.sql("insert into notification (recipient_id, kind, subject_id, detail, once_key, created_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(recipientId, kind.name(), subjectId, detail, UUID.randomUUID().toString(), NotificationStore.utc(at))
                .update();
        var id = jdbc.sql("select max(id) from notification").query(Long.class).single();
        return new StoredNotification(id, recipientId, kind, subjectId, detail, at);
    }

    private String state() {
        return jdbc.sql("select state from mail_outbox").query(String.class).single();
    }

    private int attempts() {
        return jdbc.sql("select attempts from mail_outbox").query(Integer.class).single();
    }

    private Instant nextAttempt() {
        return jdbc.sql("select next_attempt_at from mail_outbox").query(OffsetDateTime.class).single().toInstant();
    }

    private static String text(MimeMessage message) throws Exception {
        var multipart = (MimeMultipart) message.getContent();
        var part = multipart.getBodyPart(0);
        while (part.getContent() instanceof MimeMultipart inner) {
            part = inner.getBodyPart(0);
        }
        return (String) part.getContent();
    }
}
