package org.reciprocity.notification;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.reciprocity.reporting.ReportKind;
import org.reciprocity.review.CaseAlert;
import org.reciprocity.shared.CompanySettings;
import org.springframework.stereotype.Component;

/**
 * The one place a notification becomes words, for the bell and for e-mail alike: {@code notification.kind.<KIND>}
 * in the reader's language, with what the stored {@code detail} holds. A detail is a name, a date or, for HR's
 * alerts, the report's kind, which deadline and when — joined by {@value #SEPARATOR}; never content.
 */
@Component
public class NotificationTexts {

    static final String SEPARATOR = "|";

    private final I18NProvider i18n;
    private final CompanySettings company;

    NotificationTexts(I18NProvider i18n, CompanySettings company) {
        this.i18n = i18n;
        this.company = company;
    }

    /** HR's alert: the report's kind, and for a deadline which one and when it is (or was) due. */
    static String caseDetail(CaseAlert alert) {
        var detail = alert.kind().name();
        if (alert.dueAt() != null) {
            var which = switch (alert.reason()) {
                case ACKNOWLEDGE_DUE_SOON, ACKNOWLEDGE_OVERDUE -> "acknowledge";
                default -> "answer";
            };
            detail += SEPARATOR + which + SEPARATOR + alert.dueAt();
        }
        return detail;
    }

    /**
     * A manager's weekly summary: the days without recognition, how many on the team, and as many of their names as
     * the stored detail holds (the longest unseen first); a name's own {@value #SEPARATOR} would split it, so it goes.
     */
    static String teamUnseenDetail(long days, List<String> names) {
        var detail = new StringBuilder().append(days).append(SEPARATOR).append(names.size());
        for (var name : names) {
            var part = SEPARATOR + name.replace(SEPARATOR, " ");
            if (detail.length() + part.length() > NotificationStore.News.DETAIL_MAX) {
                break;
            }
            detail.append(part);
        }
        return detail.toString();
    }

    /** The sentence that tells the reader what happened, in {@code locale}. */
    public String title(NotificationKind kind, long subjectId, String detail, Locale locale) {
        var key = "notification.kind." + kind.name();
        var parts = detail.split("\\" + SEPARATOR, -1);
        return switch (kind) {
            case RECOGNITION_RECEIVED -> detail.isEmpty() ? i18n.getTranslation(key + ".nobody", locale)
                    : i18n.getTranslation(key, locale, detail);
            case TEAM_MEMBER_RECOGNISED, CHECK_IN_REQUESTED -> i18n.getTranslation(key, locale, detail);
            case REPORT_UPDATED -> i18n.getTranslation(key, locale);
            case TEAM_UNSEEN -> teamUnseen(key, parts, locale);
            case ASSESSMENT_OPENED, ASSESSMENT_CLOSING -> i18n.getTranslation(key, locale, date(parts[0], locale));
            case REPORT_FILED, REPORTER_WROTE -> i18n.getTranslation(key, locale, Long.toString(subjectId), reportKind(parts[0], locale));
            case DEADLINE_NEAR, DEADLINE_PASSED -> i18n.getTranslation(key + "." + part(parts, 1), locale, Long.toString(subjectId),
                    reportKind(parts[0], locale), date(part(parts, 2), locale));
        };
    }

    private String teamUnseen(String key, String[] parts, Locale locale) {
        var names = Arrays.asList(parts).subList(Math.min(2, parts.length), parts.length);
        var total = parseOr(part(parts, 1), names.size());
        var days = part(parts, 0);
        return total > names.size()
                ? i18n.getTranslation(key + ".more", locale, days, String.join(", ", names), total - names.size())
                : i18n.getTranslation(key, locale, days, String.join(", ", names));
    }

    private static int parseOr(String number, int otherwise) {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private String reportKind(String name, Locale locale) {
        try {
            var key = "review.kind." + ReportKind.valueOf(name).name();
            return i18n.getTranslation(key, locale);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private String date(String instant, Locale locale) {
        try {
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                    .withZone(company.timeZone()).format(Instant.parse(instant));
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String part(String[] parts, int index) {
        return index < parts.length ? parts[index] : "";
    }
}
