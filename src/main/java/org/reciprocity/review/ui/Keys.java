package org.reciprocity.review.ui;

import org.reciprocity.reporting.ReportKind;
import org.reciprocity.review.CaseStatus;
import org.reciprocity.review.PublishNeed;

/** Translation keys of review's words for reporting's enums, as HR reads them. */
final class Keys {

    private Keys() {
    }

    static String kind(ReportKind kind) {
        return "review.kind." + kind.name();
    }

    static String status(CaseStatus status) {
        return "review.status." + status.name();
    }

    static String status(String name) {
        return "review.status." + name;
    }

    /** The button that moves a report to {@code status}. */
    static String move(CaseStatus status) {
        return "review.move." + status.name();
    }

    /** A step still missing before praise can be published. */
    static String publishNeed(PublishNeed need) {
        return "review.publish.need." + need.name();
    }

    /** What a move to {@code status} says when done. */
    static String moved(CaseStatus status) {
        return "review.moved." + status.name();
    }
}
