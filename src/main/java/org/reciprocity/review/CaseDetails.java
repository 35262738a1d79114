package org.reciprocity.review;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.reciprocity.people.EmployeeRef;
import org.reciprocity.reporting.ReportDetails;
import org.reciprocity.reporting.ReportStatus;

/**
 * Everything HR reads on one report.
 *
 * @param version       the case's version, to pass back with every change
 * @param reporterName  the employee who filed it under their name; shown to HR only (null for admin and for every
 *                      anonymous report)
 * @param next          the statuses HR may move it to now
 * @param editable      the reader may change it (HR); admin reads only
 * @param dignity       the linked staff members already recognised for keeping their dignity
 * @param trail         the audit trail, oldest first
 */
public record CaseDetails(ReportDetails report, long version, ReportStatus status, Instant acknowledgeBy,
                          Instant answerBy, @Nullable Instant acknowledgedAt, @Nullable Instant answeredAt,
                          @Nullable Instant closedAt, @Nullable Instant dueAt, boolean overdue,
                          @Nullable EmployeeRef assignee, List<EmployeeRef> linked, @Nullable String reporterName,
                          @Nullable CustomerOutcome outcome, @Nullable String outcomeNote,
                          @Nullable String dismissReason, Set<Long> dignity, Set<ReportStatus> next,
                          boolean editable, List<AuditLine> trail) {

    public long reportId() {
        return report.id();
    }

    public boolean closed() {
        return Workflow.isClosed(status);
    }
}
