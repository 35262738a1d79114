package org.reciprocity.reporting;

/** The reporter added a message to their report. */
public record ReporterReplied(long reportId) {
}
