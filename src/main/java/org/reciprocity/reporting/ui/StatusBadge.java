package org.reciprocity.reporting.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.reciprocity.reporting.ReportStatus;

/** A report's status as a coloured badge, the same in the follow-up and under "My reports". */
class StatusBadge extends Span {

    StatusBadge(ReportStatus status) {
        setText(getTranslation(status.translationKey()));
        addClassNames("badge", "reporting-status", "reporting-status-" + status.name().toLowerCase(Locale.ROOT));
    }
}
