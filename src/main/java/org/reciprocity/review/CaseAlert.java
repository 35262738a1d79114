package org.reciprocity.review;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.reciprocity.reporting.ReportKind;

/**
 * A case needs HR's attention: it arrived, its reporter wrote, or a deadline is near or passed. Review owns who
 * handles a case and its deadlines, so it says whom this concerns: the assignee, or all of HR when nobody is
 * assigned (overdue alerts go to all of HR in any case). Each deadline alert is announced once per deadline.
 * Carries nothing of the report's content and nothing identifying its reporter.
 *
 * @param assigneeEmployeeId the HR person the case is assigned to, if any
 * @param dueAt              the deadline the alert is about; null for FILED and REPORTER_WROTE
 */
public record CaseAlert(long reportId, ReportKind kind, Reason reason, @Nullable Long assigneeEmployeeId,
                        @Nullable Instant dueAt, Instant at) {

    public enum Reason {
        FILED, REPORTER_WROTE, ACKNOWLEDGE_DUE_SOON, ANSWER_DUE_SOON, ACKNOWLEDGE_OVERDUE, ANSWER_OVERDUE;

        /** Overdue alerts escalate to all of HR, not only to the assignee. */
        public boolean escalates() {
            return this == ACKNOWLEDGE_OVERDUE || this == ANSWER_OVERDUE;
        }
    }
}
