package org.reciprocity.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.reciprocity.review.AuditAction;
import org.reciprocity.review.AuditLine;
import org.reciprocity.review.CaseDetails;
import org.reciprocity.review.CustomerOutcome;
import org.reciprocity.shared.Text;
import org.reciprocity.shared.ui.UserTime;

/** The audit trail: who changed what, when, oldest first. */
class TrailSection extends CaseSection {

    private static final int EXCERPT = 80;

    private final UserTime time;
    private final Div list = new Div();

    TrailSection(UserTime time) {
        super("review.case.trail");
        this.time = time;
        list.addClassName("review-trail");
        add(list);
    }

    @Override
    void show(CaseDetails c) {
        list.removeAll();
        for (var line : c.trail()) {
            var row = new Div(muted(time.dateTime(line.at())), new Span(line.actor()), new Span(describe(line)));
            row.addClassNames("review-trail-row", "review-trail-" + line.action().name().toLowerCase(Locale.ROOT));
            list.add(row);
        }
        if (c.trail().isEmpty()) {
            list.add(muted(getTranslation("review.case.trail.none")));
        }
    }

    String describe(AuditLine line) {
        var what = getTranslation(line.action().translationKey());
        var before = value(line, line.before());
        var after = value(line, line.after());
        if (line.action() == AuditAction.NOTE || line.action() == AuditAction.REPLY) {
            var text = after == null ? "" : after;
            return what + ": " + Text.excerpt(text, EXCERPT);
        }
        if (before != null && after != null) {
            return what + ": " + before + " → " + after;
        }
        if (before != null) {
            // only an assignee is replaced by nobody; an unlinked person is simply named
            return line.action() == AuditAction.ASSIGNED
                    ? what + ": " + before + " → " + getTranslation("review.audit.nobody")
                    : what + ": " + before;
        }
        return after == null ? what : what + ": " + after;
    }

    private @Nullable String value(AuditLine line, @Nullable String raw) {
        if (raw == null) {
            return null;
        }
        if (line.action() == AuditAction.STATUS) {
            return getTranslation(Keys.status(raw));
        }
        if (line.action() == AuditAction.OUTCOME) {
            var colon = raw.indexOf(": ");
            var name = colon < 0 ? raw : raw.substring(0, colon);
            try {
                var label = getTranslation(CustomerOutcome.valueOf(name).translationKey());
                return colon < 0 ? label : label + raw.substring(colon);
            } catch (IllegalArgumentException unknown) {
                return raw;
            }
        }
        return raw;
    }
}
