package org.reciprocity.notification;

import java.util.List;
import java.util.Locale;
import org.reciprocity.notification.Outbox.Mail;
import org.reciprocity.notification.Outbox.Purpose;
import org.reciprocity.notification.UnsubscribeTokens.Unsubscribe;
import org.reciprocity.people.Addressees;
import org.reciprocity.security.AccountLookup;
import org.reciprocity.shared.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger log = LoggerFactory.getLogger(OutboxMail.class);
    static final String STATUS_ROUTE = "tell/status";

    private final MailSwitch mailSwitch;
    private final Outbox outbox;
    private final MailTexts texts;
    private final NotificationTexts titles;
    private final MailLinks links;
    private final Addressees addressees;
    private final AccountLookup accounts;
    private final JdbcClient jdbc;

    OutboxMail(MailSwitch mailSwitch, Outbox outbox, MailTexts texts, NotificationTexts titles, MailLinks links, Addressees addressees,
               AccountLookup accounts, JdbcClient jdbc) {
        this.mailSwitch = mailSwitch;
        this.outbox = outbox;
        this.texts = texts;
        this.titles = titles;
        this.links = links;
        this.addressees = addressees;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public boolean queue(StoredNotification notification) {
        if (!mailSwitch.on()) {
            return false;
        }
        var recipient = notification.recipientId();
        var addressee = addressees.of(List.of(recipient)).get(recipient);
        if (addressee == null || addressee.email().isBlank()) {
            log.debug("Notification {} not mailed: employee {} has no e-mail address", notification.id(), recipient);
            return false;
        }
        var language = accounts.languagesOf(List.of(recipient)).getOrDefault(recipient, Languages.ENGLISH);
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
