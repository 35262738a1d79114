package org.reciprocity.reporting;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A report as told, and what its reporter has seen of it: everything HR may read.
 *
 * @param contactEmail         only when the reporter consented to be contacted
 * @param reporterEmployeeId   the employee who filed it under their name; null for every anonymous report
 * @param publicConsent        praise the reporter allows to be shown on the recognition board
 * @param messages             the conversation, oldest first
 * @param history              the statuses the reporter was shown, with their times, oldest first
 */
public record ReportDetails(long id, ReportKind kind, long locationId, String locationName, Instant occurredAt,
                            Instant filedAt, String who, String what, @Nullable String contactEmail,
                            boolean publicConsent, @Nullable Long reporterEmployeeId, List<ReportMessage> messages,
                            List<StatusChange> history) {
}
