package org.reciprocity.review;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.reciprocity.people.EmployeeRef;
import org.reciprocity.reporting.ReportDetails;

/**
 * Everything HR reads on one report, and what the reader may do with it.
 *
 * @param version       the case's version, to pass back with every change
 * @param reporterName  the employee who filed it under their name; shown to HR only (null for admin and for every
 *                      anonymous report)
 * @param dignity       the linked staff members already recognised for keeping their dignity
 * @param trail         the audit trail, oldest first
 * @param actions       what the reader may do now
 */
public record CaseDetails(ReportDetails report, long version, CaseStatus status, Instant acknowledgeBy,
                          Instant answerBy, @Nullable Instant acknowledgedAt, @Nullable Instant answeredAt,
                          @Nullable Instant closedAt, @Nullable Instant dueAt, boolean overdue,
                          @Nullable EmployeeRef assignee, List<EmployeeRef> linked, @Nullable String reporterName,
                          @Nullable CustomerOutcome outcome, @Nullable String outcomeNote,
                          @Nullable String dismissReason, Set<Long> dignity, List<AuditLine> trail,
                          CaseActions actions) {

    public long reportId() {
        return report.id();
    }

    public boolean closed() {
        return Workflow.isClosed(status);
    }

    /** Shorthands for the reader's rights (see {@link CaseActions}). */
    public boolean editable() {
        return actions.editable();
    }

    public Set<CaseStatus> next() {
        return actions.next();
    }
}
