package org.reciprocity.review;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.reciprocity.reporting.ReportKind;

/**
 * The rules of HR's workflow: NEW → ACKNOWLEDGED → IN_REVIEW → RESOLVED or DISMISSED; a report may be dismissed
 * at any open step (spam, a duplicate); praise in review may also be PUBLISHED (only with the reporter's public
 * consent) or FORWARDED to the staff member, both only once someone is linked to it. Closed statuses are final,
 * but for one step back: published praise may be UNPUBLISHED (taken off the board), which is final.
 */
final class Workflow {

    private static final Set<CaseStatus> CLOSED = EnumSet.of(CaseStatus.RESOLVED, CaseStatus.DISMISSED,
            CaseStatus.PUBLISHED, CaseStatus.FORWARDED, CaseStatus.UNPUBLISHED);

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
            case PUBLISHED -> next.add(CaseStatus.UNPUBLISHED);
            default -> {
                // closed: final
            }
        }
        return next;
    }

    /**
     * What still stands between open praise and the board, in the order HR does it; empty when it can be published
     * now or when publishing does not apply (not praise, or closed). {@link PublishNeed#CONSENT} alone when the
     * customer did not allow it: nothing HR does makes it publishable. Agrees with {@link #next} by construction.
     */
    static List<PublishNeed> toPublish(ReportKind kind, CaseStatus status, boolean publicConsent,
                                       boolean anyoneLinked) {
        if (kind != ReportKind.PRAISE || isClosed(status)) {
            return List.of();
        }
        if (!publicConsent) {
            return List.of(PublishNeed.CONSENT);
        }
        var needs = new ArrayList<PublishNeed>();
        if (status == CaseStatus.NEW) {
            needs.add(PublishNeed.ACKNOWLEDGE);
        }
        if (status != CaseStatus.IN_REVIEW) {
            needs.add(PublishNeed.START_REVIEW);
        }
        if (!anyoneLinked) {
            needs.add(PublishNeed.LINK_EMPLOYEE);
        }
        return needs;
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
                open ? notRecognised : Set.of(), outcome, outcome ? notRecognised : Set.of(),
                toPublish(c.getKind(), c.getStatus(), publicConsent, !linked.isEmpty()));
    }

    /** The outcome towards an abusive customer and the staff member's dignity: STAFF_MISTREATED, not dismissed. */
    static boolean canRecordOutcome(ReviewCase c) {
        return c.getKind() == ReportKind.STAFF_MISTREATED && c.getStatus() != CaseStatus.DISMISSED;
    }
}
