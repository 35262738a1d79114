package org.reciprocity.review;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.reciprocity.reporting.ReportKind;

/**
 * A row of HR's queue.
 *
 * @param dueAt   the next deadline that applies (acknowledge while new, then answer); null once answered
 * @param overdue that deadline has passed
 */
public record CaseRow(long reportId, ReportKind kind, CaseStatus status, String locationName, Instant filedAt,
                      Instant acknowledgeBy, Instant answerBy, @Nullable Instant dueAt, boolean overdue,
                      @Nullable String assigneeName) {
}
