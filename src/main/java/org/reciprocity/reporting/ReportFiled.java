package org.reciprocity.reporting;

import java.time.Instant;

/** A new report arrived. Carries nothing that identifies the reporter. */
public record ReportFiled(long reportId, ReportKind kind, long locationId, Instant occurredAt, Instant filedAt) {
}
