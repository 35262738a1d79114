package org.reciprocity.reporting;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A row of HR's queue.
 *
 * @param named                 filed by a signed-in employee under their name
 * @param firstReplyAt          when the company first replied to the reporter, if it has
 * @param lastReporterMessageAt when the reporter last wrote a message, if ever
 */
public record ReportSummary(long id, long version, ReportKind kind, ReportStatus status, long locationId,
                            String locationName, Instant occurredAt, Instant filedAt, Instant statusChangedAt,
                            boolean named, @Nullable Instant firstReplyAt, @Nullable Instant lastReporterMessageAt) {
}
