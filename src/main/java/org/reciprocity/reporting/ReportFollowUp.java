package org.reciprocity.reporting;

import java.time.Instant;
import java.util.List;

/**
 * What the reporter sees of their own report (with the receipt code, or under "My reports"): what they told,
 * each status with its date, and the conversation. Nothing about who in the company handles it.
 */
public record ReportFollowUp(ReportKind kind, ReportStatus status, String locationName, Instant occurredAt,
                             Instant filedAt, String who, String what, List<StatusChange> history,
                             List<ReportMessage> messages) {
}
