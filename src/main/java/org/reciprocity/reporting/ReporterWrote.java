package org.reciprocity.reporting;

import java.time.Instant;

/** The reporter added a message to their report (with the receipt code or under "My reports"). */
public record ReporterWrote(long reportId, Instant at) {
}
