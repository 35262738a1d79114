package org.reciprocity.assessment.ui;

import com.vaadin.flow.component.UI;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.reciprocity.assessment.Period;
import org.reciprocity.shared.Languages;

/** Names periods in the reader's language: "November 2026", "листопад 2026", "Q4 2026". */
final class PeriodLabels {

    private PeriodLabels() {
    }

    /** The period's name inside a sentence: "за листопад 2026" (month names are lower case in uk and ru). */
    static String inSentence(Period period) {
        if (period.kind() == Period.Kind.QUARTER) {
            return label(period);
        }
        return DateTimeFormatter.ofPattern("LLLL yyyy", locale()).format(period.start());
    }

    /** The period's name on its own, as a heading or a list item: "Листопад 2026". */
    static String label(Period period) {
        var ui = UI.getCurrent();
        var locale = locale();
        if (period.kind() == Period.Kind.QUARTER) {
            return ui == null ? "Q" + period.number() + " " + period.start().getYear()
                    : ui.getTranslation("assessment.period.quarter", String.valueOf(period.number()),
                    String.valueOf(period.start().getYear()));
        }
        var text = DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(period.start());
        return text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    /** A short label for a chart's axis. */
    static String shortLabel(Period period) {
        if (period.kind() == Period.Kind.QUARTER) {
            return "Q" + period.number() + " " + String.valueOf(period.start().getYear()).substring(2);
        }
        var locale = locale();
        var text = DateTimeFormatter.ofPattern("LLL yy", locale).format(period.start());
        return text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    private static Locale locale() {
        var ui = UI.getCurrent();
        return ui == null ? Languages.ENGLISH : ui.getLocale();
    }
}
