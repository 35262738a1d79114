package org.reciprocity.review;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.reciprocity.reporting.ReportKind;

/**
 * The rules of HR's workflow: NEW → ACKNOWLEDGED → IN_REVIEW → RESOLVED or DISMISSED; a report may be dismissed
 * at any open step (spam, a duplicate); praise in review may also be PUBLISHED (only with the reporter's public
 * consent) or FORWARDED to the staff member, both only once someone is linked to it. Closed statuses are final.
 */
final class Workflow {

    private static final Set<CaseStatus> CLOSED = EnumSet.of(CaseStatus.RESOLVED, CaseStatus.DISMISSED,
            CaseStatus.PUBLISHED, CaseStatus.FORWARDED);

    private Workflow() {
    }

    static boolean isClosed(CaseStatus status) {
        return CLOSED.contains(status);
    }

    /** The statuses HR may move a report to from {@code from}. */
    static Set<CaseStatus> next(ReportKind kind, CaseStatus from, boolean publicConsent,
                                         boolean anyoneLinked) {
        var next = EnumSet.noneOf(CaseStatus.class);
        switch (from) {
            case NEW -> next.addAll(EnumSet.of(CaseStatus.ACKNOWLEDGED, CaseStatus.DISMISSED));
            case ACKNOWLEDGED -> next.addAll(EnumSet.of(CaseStatus.IN_REVIEW, CaseStatus.DISMISSED));
            case IN_REVIEW -> {
                next.addAll(EnumSet.of(CaseStatus.RESOLVED, CaseStatus.DISMISSED));
                if (kind == ReportKind.PRAISE && anyoneLinked) {
                    next.add(CaseStatus.FORWARDED);
                    if (publicConsent) {
                        next.add(CaseStatus.PUBLISHED);
                    }
                }
            }
            default -> {
                // closed: final
            }
        }
        return next;
    }

    /**
     * What HR may do with the case now.
     *
     * @param myHrEmployeeId the reader's employee id if they are an HR person cases can be assigned to
     */
    static CaseActions actions(ReviewCase c, boolean publicConsent, @Nullable Long myHrEmployeeId) {
        var open = !isClosed(c.getStatus());
        var linked = c.getLinkedEmployeeIds();
        var notRecognised = linked.stream().filter(id -> !c.getDignityEmployeeIds().contains(id))
                .collect(Collectors.toSet());
        var outcome = canRecordOutcome(c);
        return new CaseActions(true, next(c.getKind(), c.getStatus(), publicConsent, !linked.isEmpty()),
                myHrEmployeeId != null && !Objects.equals(c.getAssigneeEmployeeId(), myHrEmployeeId), open,
                open ? notRecognised : Set.of(), outcome, outcome ? notRecognised : Set.of());
    }

    /** The outcome towards an abusive customer and the staff member's dignity: STAFF_MISTREATED, not dismissed. */
    static boolean canRecordOutcome(ReviewCase c) {
        return c.getKind() == ReportKind.STAFF_MISTREATED && c.getStatus() != CaseStatus.DISMISSED;
    }
}
