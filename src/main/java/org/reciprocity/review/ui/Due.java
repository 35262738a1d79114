package org.reciprocity.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** How long is left until a deadline, or how long it is overdue, in words a reader takes in at a glance. */
final class Due {

    private Due() {
    }

    /** "1 d 4 h left", "overdue by 3 h", or "answered" when no deadline applies. */
    static String text(Component in, @Nullable Instant due, Instant now) {
        if (due == null) {
            return in.getTranslation("review.due.none");
        }
        var left = Duration.between(now, due);
        return left.isNegative()
                ? in.getTranslation("review.due.overdue", amount(in, left.negated()))
                : in.getTranslation("review.due.left", amount(in, left));
    }

    /** A badge: overdue ones say so in words and with an icon-like mark, not only in colour. */
    static Span badge(Component in, @Nullable Instant due, Instant now) {
        var badge = new Span(marked(in, due, now));
        badge.addClassNames("badge", "review-due");
        var classes = classes(due, now);
        if (!classes.isEmpty()) {
            badge.addClassNames(classes.split(" "));
        }
        return badge;
    }

    /** The badge's text: overdue ones begin with a warning sign. */
    static String marked(Component in, @Nullable Instant due, Instant now) {
        return (due != null && due.isBefore(now) ? "⚠ " : "") + text(in, due, now);
    }

    /** The badge's classes besides {@code badge review-due}: its colour, and the overdue one's weight. */
    static String classes(@Nullable Instant due, Instant now) {
        if (due == null) {
            return "success";
        }
        return due.isBefore(now) ? "error review-overdue" : "";
    }

    static String amount(Component in, Duration d) {
        var days = d.toDays();
        var hours = d.toHoursPart();
        if (days >= 3) {
            return in.getTranslation("review.unit.days", days);
        }
        if (days > 0) {
            return in.getTranslation("review.unit.days", days) + " " + in.getTranslation("review.unit.hours", hours);
        }
        if (hours > 0) {
            return in.getTranslation("review.unit.hours", hours);
        }
        return in.getTranslation("review.unit.minutes", Math.max(1, d.toMinutesPart()));
    }
}
