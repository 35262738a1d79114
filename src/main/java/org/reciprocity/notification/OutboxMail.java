package org.reciprocity.notification;

import java.util.Locale;
import org.reciprocity.notification.Outbox.Mail;
import org.reciprocity.notification.Outbox.Purpose;
import org.reciprocity.notification.UnsubscribeTokens.Unsubscribe;
import org.reciprocity.shared.Languages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link NotificationMail} through the outbox: the e-mail is made now, in the reader's language, and written as a
 * row in the caller's transaction; {@link OutboxSender} sends it. Nothing is queued while e-mail is off
 * ({@link MailSwitch}), nor for someone the directory has no address for.
 */
@Component
class OutboxMail implements NotificationMail {

    static final String STATUS_ROUTE = "tell/status";

    private final MailSwitch mailSwitch;
    private final Outbox outbox;
    private final MailTexts texts;
    private final NotificationTexts titles;
    private final MailLinks links;
    private final MailRecipients recipients;
    private final JdbcClient jdbc;

    OutboxMail(MailSwitch mailSwitch, Outbox outbox, MailTexts texts, NotificationTexts titles, MailLinks links,
               MailRecipients recipients, JdbcClient jdbc) {
        this.mailSwitch = mailSwitch;
        this.outbox = outbox;
        this.texts = texts;
        this.titles = titles;
        this.links = links;
        this.recipients = recipients;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public boolean queue(StoredNotification notification) {
        if (!mailSwitch.on()) {
            return false;
        }
        var recipient = notification.recipientId();
        var addressee = recipients.of(recipient).orElse(null);
        if (addressee == null) {
            return false;
        }
        var language = addressee.language();
        var kind = notification.kind();
        var title = titles.title(kind, notification.subjectId(), notification.detail(), language);
        var unsubscribe = links.unsubscribe(Unsubscribe.category(recipient, kind.category()));
        outbox.add(new Mail(Purpose.NOTIFICATION, addressee.email(), addressee.fullName(), language,
                texts.subject(title),
                texts.body(addressee.fullName(), title, links.page(kind.route(notification.subjectId())),
                        unsubscribe.page(), language),
                unsubscribe.oneClick()));
        return true;
    }

    @Override
    @Transactional
    public void queueReporterNotice(long reportId, String email, Locale language) {
        if (!mailSwitch.on() || email.isBlank() || optedOut(reportId)) {
            return;
        }
        var reads = Languages.closest(language);
        var unsubscribe = links.unsubscribe(Unsubscribe.report(reportId));
        // no name: a public reporter is only an address, and the address is erased from the outbox once sent
        outbox.add(new Mail(Purpose.REPORTER_NOTICE, email, "", reads, texts.reporterNoticeSubject(reads),
                texts.reporterNoticeBody(links.page(STATUS_ROUTE), unsubscribe.page(), reads), unsubscribe.oneClick()));
    }

    private boolean optedOut(long reportId) {
        return jdbc.sql("select count(*) from reporter_notice_opt_out where report_id = ?").param(reportId)
                .query(Long.class).single() > 0;
    }
}
