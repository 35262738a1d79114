package org.reciprocity.reporting;

import java.time.Instant;

/** A report the signed-in employee filed under their name, as a row of "My reports". */
public record MyReport(long id, ReportKind kind, ReportStatus status, String locationName, Instant filedAt,
                       Instant statusChangedAt) {
}
