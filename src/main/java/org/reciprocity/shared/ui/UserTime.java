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
