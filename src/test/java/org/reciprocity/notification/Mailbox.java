package org.reciprocity.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the digest tests read: the mails GreenMail received for one address, as text; and times in the company's zone. */
final class Mailbox {

    static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    private Mailbox() {
    }

    static Instant kyiv(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(KYIV).toInstant();
    }

    /** Sends every due outbox row (the sender takes a page at a time). */
    /** An empty mailbox and outbox before a test that counts what arrives. */
    static void empty(JdbcClient jdbc) throws Exception {
        MailServer.start();
        MailServer.server().purgeEmailFromAllMailboxes();
        jdbc.sql("delete from mail_outbox").update();
    }

    static void sendAll(OutboxSender sender, JdbcClient jdbc) {
        for (var page = 0; page < 20 && pending(jdbc) > 0; page++) {
            sender.sendDue();
        }
    }

    private static long pending(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from mail_outbox where state = 'PENDING'").query(Long.class).single();
    }

    /** The messages to {@code address} whose subject is {@code subject}. */
    static List<MimeMessage> to(String address, String subject) {
        return Arrays.stream(MailServer.server().getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().equals(subject)
                        && Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().contains(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The plain text, with the line ends as written. */
    static String text(MimeMessage message) {
        try {
            var multipart = (MimeMultipart) message.getContent();
            var part = multipart.getBodyPart(0);
            while (part.getContent() instanceof MimeMultipart inner) {
                part = inner.getBodyPart(0);
            }
            return ((String) part.getContent()).replace("\r\n", "\n"); // SMTP's line ends
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, null);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Forgets what the digest tests of 2039 stored, so that the shared context's other tests never see it. */
    static void forget2039(JdbcClient jdbc) {
        var from = NotificationStore.utc(Instant.parse("2038-12-31T00:00:00Z"));
        var to = NotificationStore.utc(Instant.parse("2040-01-01T00:00:00Z"));
        jdbc.sql("delete from notification where created_at >= ? and created_at < ?").params(from, to).update();
        jdbc.sql("delete from notification_round where period_start >= ? and period_start < ?").params(from, to)
                .update();
        jdbc.sql("delete from mail_outbox").update();
    }
}
