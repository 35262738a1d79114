package org.reciprocity.notification;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reciprocity.shared.CompanySettings;
import org.springframework.stereotype.Component;

/**
 * The words of an e-mail, from the translation bundles in the reader's language: the notification's title as the
 * bell shows it ({@link NotificationTexts}), a link to open it, and a footer that says why the mail came and how to stop it. Plain text: no
 * HTML to sanitise, and what a mail says is only ever a title and links.
 */
@Component
class MailTexts {

    private final I18NProvider i18n;
    private final CompanySettings company;

    MailTexts(I18NProvider i18n, CompanySettings company) {
        this.i18n = i18n;
        this.company = company;
    }

    String subject(String title) {
        return "[" + company.name() + "] " + title;
    }

    /** One notification, mailed at once. */
    String body(String name, String title, String link, String unsubscribeUrl, Locale language) {
        var lines = new ArrayList<String>();
        lines.add(t("notification.mail.greeting", language, name));
        lines.add("");
        lines.add(title);
        lines.add(t("notification.mail.open", language, link));
        lines.addAll(footer(unsubscribeUrl, language));
        return String.join("\n", lines);
    }

    /** Why the mail came and how to get no more like it, after the signature dash-dash line mail readers know. */
    List<String> footer(String unsubscribeUrl, Locale language) {
        return List.of("", "-- ", t("notification.mail.why", language, company.name()),
                t("notification.mail.unsubscribe", language, unsubscribeUrl));
    }

    String reporterNoticeSubject(Locale language) {
        return subject(t("notification.mail.reporter.subject", language));
    }

    /** Content-free: that there is news and where to read it — never the news, never the receipt code. */
    String reporterNoticeBody(String statusLink, String unsubscribeUrl, Locale language) {
        return String.join("\n", List.of(
                t("notification.mail.reporter.greeting", language),
                "",
                t("notification.mail.reporter.update", language, company.name()),
                t("notification.mail.reporter.open", language, statusLink),
                "",
                t("notification.mail.reporter.no-content", language),
                "",
                "-- ",
                t("notification.mail.reporter.unsubscribe", language, unsubscribeUrl)));
    }

    String t(String key, Locale language, Object... params) {
        return i18n.getTranslation(key, language, params);
    }
}
