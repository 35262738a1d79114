package org.reciprocity.reporting;

import java.time.Instant;

/** One message of the conversation about a report. */
public record ReportMessage(ReportAuthor author, String text, Instant writtenAt) {
}
