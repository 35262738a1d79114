package org.reciprocity.review;

import java.util.EnumSet;
import java.util.Set;
import org.reciprocity.reporting.ReportKind;
import org.reciprocity.reporting.ReportStatus;

/**
 * The rules of HR's workflow: NEW → ACKNOWLEDGED → IN_REVIEW → RESOLVED or DISMISSED; a report may be dismissed
 * at any open step (spam, a duplicate); praise in review may also be PUBLISHED (only with the reporter's public
 * consent) or FORWARDED to the staff member, both only once someone is linked to it. Closed statuses are final.
 */
final class Workflow {

    private static final Set<ReportStatus> CLOSED = EnumSet.of(ReportStatus.RESOLVED, ReportStatus.DISMISSED,
            ReportStatus.PUBLISHED, ReportStatus.FORWARDED);

    private Workflow() {
    }

    static boolean isClosed(ReportStatus status) {
        return CLOSED.contains(status);
    }

    /** The statuses HR may move a report to from {@code from}. */
    static Set<ReportStatus> next(ReportKind kind, ReportStatus from, boolean publicConsent,
                                         boolean anyoneLinked) {
        var next = EnumSet.noneOf(ReportStatus.class);
        switch (from) {
            case NEW -> next.addAll(EnumSet.of(ReportStatus.ACKNOWLEDGED, ReportStatus.DISMISSED));
            case ACKNOWLEDGED -> next.addAll(EnumSet.of(ReportStatus.IN_REVIEW, ReportStatus.DISMISSED));
            case IN_REVIEW -> {
                next.addAll(EnumSet.of(ReportStatus.RESOLVED, ReportStatus.DISMISSED));
                if (kind == ReportKind.PRAISE && anyoneLinked) {
                    next.add(ReportStatus.FORWARDED);
                    if (publicConsent) {
                        next.add(ReportStatus.PUBLISHED);
                    }
                }
            }
            default -> {
                // closed: final
            }
        }
        return next;
    }
}
