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

    /** One notification in a digest: its title as the bell shows it, and the page it opens. */
    record DigestItem(String title, String link) {
    }

    /**
     * A category's part of a digest, newest first as in the bell.
     *
     * @param more        how many more there are than the items listed (they are in the bell)
     * @param unsubscribe the links that turn this category's e-mail off (to the portal only)
     */
    record DigestSection(Category category, List<DigestItem> items, int more, MailLinks.UnsubscribeLinks unsubscribe) {
    }

    /** Characters the listed items of a digest may take: with headings and footer well inside the outbox's 20,000. */
    static final int DIGEST_ITEMS_ROOM = 15_000;

    String digestSubject(Delivery cadence, Locale language) {
        return subject(t("notification.mail.digest.subject." + cadence.name(), language));
    }

    /**
     * The digest: a heading per category and its titles with their links (what would not fit is counted, and is in
     * the bell); in the footer a link to the settings and, for each category in it, the link that turns that
     * category's e-mail off.
     */
    String digestBody(String name, Delivery cadence, List<DigestSection> sections, String portalLink,
                      String settingsLink, Locale language) {
        var lines = new ArrayList<String>();
        lines.add(t("notification.mail.greeting", language, name));
        lines.add("");
        lines.add(t("notification.mail.digest.lead." + cadence.name(), language, company.name()));
        var room = DIGEST_ITEMS_ROOM;
        for (var section : sections) {
            var heading = t("notification.category." + section.category().name(), language);
            lines.add("");
            lines.add(heading);
            lines.add("=".repeat(heading.length()));
            var more = section.more();
            for (var item : section.items()) {
                var size = item.title().length() + item.link().length() + 6;
                if (size > room) {
                    more++;
                    continue;
                }
                room -= size;
                lines.add("- " + item.title());
                lines.add("  " + item.link());
            }
            if (more > 0) {
                lines.add(t("notification.mail.digest.more", language, more, portalLink));
            }
        }
        lines.addAll(List.of("", "-- ", t("notification.mail.why", language, company.name()),
                t("notification.mail.digest.settings", language, settingsLink)));
        for (var section : sections) {
            lines.add(t("notification.mail.digest.unsubscribe", language,
                    t("notification.category." + section.category().name(), language), section.unsubscribe().page()));
        }
        return String.join("\n", lines);
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
