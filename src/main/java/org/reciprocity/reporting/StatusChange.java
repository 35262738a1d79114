package org.reciprocity.reporting;

import java.time.Instant;

/** A report entered {@code status} at {@code changedAt}. The first one is NEW, when it was filed. */
public record StatusChange(ReportStatus status, Instant changedAt) {
}
