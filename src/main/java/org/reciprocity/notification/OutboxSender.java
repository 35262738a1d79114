package org.reciprocity.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.reciprocity.notification.Outbox.Due;
import org.reciprocity.notification.Outbox.Purpose;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox: every 30 s the due PENDING rows, a page at a time, each on its own (one bad address never holds
 * up the rest). A row the mail server did not take waits 1, 2, 4 … up to 60 minutes and is given up after
 * {@value #MOST_ATTEMPTS} attempts (FAILED, kept with its last error for the operator). Each row is marked after
 * its own send, outside any long transaction: a node that dies in between sends that one mail twice, never none.
 */
@Component
class OutboxSender {

    static final int MOST_ATTEMPTS = 10;
    static final int PAGE = 50;
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(60);
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final MailSwitch mailSwitch;
    private final Outbox outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final MailSettings settings;
    private final Clock clock;

    OutboxSender(MailSwitch mailSwitch, Outbox outbox, ObjectProvider<JavaMailSender> mailSender, MailSettings settings,
               Clock clock) {
        this.mailSwitch = mailSwitch;
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${reciprocity.notification.send-every:PT30S}",
            initialDelayString = "${reciprocity.notification.send-every:PT30S}")
    @SchedulerLock(name = "notification-mail-sender", lockAtMostFor = "PT10M")
    void onSchedule() {
        sendDue();
    }

    /** Sends what is due now, without the lock the scheduler's run takes (tests call this: no second node here). */
    void sendDue() {
        var sender = mailSender.getIfAvailable();
        if (!mailSwitch.on() || sender == null) {
            return;
        }
        var sent = 0;
        for (var mail : outbox.due(PAGE)) {
            if (send(sender, mail)) {
                sent++;
            }
        }
        if (sent > 0) {
            log.info("Mailed {} notification e-mail(s)", sent);
        }
    }

    private boolean send(JavaMailSender sender, Due mail) {
        if (mail.toAddress() == null) {
            outbox.notSent(mail, "no address", null);
            return false;
        }
        try {
            var message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setTo(new InternetAddress(mail.toAddress(), mail.toName().isEmpty() ? null : mail.toName(), "UTF-8"));
            if (!settings.from().isBlank()) {
                helper.setFrom(settings.from());
            }
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            helper.setSentDate(Date.from(clock.instant()));
            message.setHeader("Content-Language", mail.language().getLanguage());
            // RFC 2369 and RFC 8058: mail readers offer "unsubscribe" and POST to this link at once; it answers
            // without a page (OneClickUnsubscribe), and a GET of it opens the page the footer links to
            message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
            if (MailLinks.oneClick(mail.unsubscribeUrl())) {
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            sender.send(message);
            outbox.sent(mail);
            return true;
        } catch (MailException | MessagingException | UnsupportedEncodingException e) {
            var attempt = mail.attempts() + 1;
            var wait = attempt >= MOST_ATTEMPTS ? null : waitAfter(attempt);
            // a reporter's address must not live on in an error text
            var error = mail.purpose() == Purpose.REPORTER_NOTICE ? e.getClass().getSimpleName()
                    : e.getClass().getSimpleName() + ": " + e.getMessage();
            outbox.notSent(mail, error, wait);
            log.warn("E-mail {} not sent (attempt {} of {}{}): {}", mail.id(), attempt, MOST_ATTEMPTS,
                    wait == null ? ", given up" : ", again in " + wait.toMinutes() + " min", e.getClass().getSimpleName());
            return false;
        }
    }

    /** 1, 2, 4 … minutes after the first, second, third … failed attempt, at most an hour. */
    static Duration waitAfter(int attempt) {
        var minutes = 1L << Math.min(attempt - 1, 6);
        var wait = Duration.ofMinutes(minutes);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
