package org.reciprocity.reporting;

import org.jspecify.annotations.Nullable;

/** HR changed a report's status. {@code reporterEmployeeId} as in {@link CompanyReplied}. */
public record ReportStatusChanged(long reportId, ReportStatus from, ReportStatus to,
                                  @Nullable Long reporterEmployeeId) {
}
