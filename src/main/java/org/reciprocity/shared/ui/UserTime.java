package org.reciprocity.shared.ui;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.reciprocity.shared.CompanySettings;
import org.reciprocity.shared.Languages;
import org.springframework.stereotype.Component;

/** Shows stored instants in the company's zone and the reader's language. */
@Component
public class UserTime {

    private final ZoneId zone;

    UserTime(CompanySettings settings) {
        this.zone = settings.timeZone();
    }

    public ZoneId zone() {
        return zone;
    }

    public String date(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).withZone(zone).format(instant);
    }

    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    /** Day and month ("Nov 30", "30 лист."), with the year only when it is not {@code now}'s: for near dates. */
    public String shortDate(Instant instant, Instant now) {
        return sameYear(instant, now) ? pattern("MMMd", instant) : date(instant);
    }

    /** Day, month and time ("Nov 30, 2:44 PM", "30 лист., 14:44"); the year only when it is not {@code now}'s. */
    public String shortDateTime(Instant instant, Instant now) {
        return sameYear(instant, now) ? pattern("MMMdjm", instant) : dateTime(instant);
    }

    private boolean sameYear(Instant instant, Instant now) {
        return instant.atZone(zone).getYear() == now.atZone(zone).getYear();
    }

    private String pattern(String skeleton, Instant instant) {
        return DateTimeFormatter.ofLocalizedPattern(skeleton).withLocale(locale()).withZone(zone).format(instant);
    }

    public String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale())
                .withZone(zone).format(instant);
    }

    /** The time of day to the second, for what happens within the minute (e.g. when a sign-in may come again). */
    public String timeOfDay(Instant instant) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(locale()).withZone(zone).format(instant);
    }

    private static Locale locale() {
        var ui = UI.getCurrent();
        return ui == null ? Languages.ENGLISH : ui.getLocale();
    }
}
