package org.reciprocity.recognition.ui;

import java.util.Locale;
import org.reciprocity.recognition.Source;
import org.reciprocity.recognition.Visibility;

/** Translation keys of enum constants (e.g. {@code recognition.source.customer}). */
final class Keys {

    private Keys() {
    }

    static String source(Source source) {
        return "recognition.source." + lower(source);
    }

    static String visibility(Visibility visibility) {
        return "recognition.visibility." + lower(visibility);
    }

    /** Who gave an entry that no colleague gave: "a customer" or "HR". */
    static String giverWithoutName(Source source) {
        return source == Source.CUSTOMER ? "recognition.card.customer" : "recognition.card.hr";
    }

    static String period(BoardView.Period period) {
        return "recognition.period." + lower(period);
    }

    private static String lower(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
