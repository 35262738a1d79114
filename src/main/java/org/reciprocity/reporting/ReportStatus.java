package org.reciprocity.reporting;

/**
 * Where a report stands as its reporter is told, in the words of their status page. HR review decides when a step
 * is taken (it owns the case and its workflow) and records it here with {@link ReportInbox#record}; nothing else
 * changes it.
 */
public enum ReportStatus {
    RECEIVED, ACKNOWLEDGED, IN_REVIEW, RESOLVED, CLOSED, PUBLISHED, PASSED_ON,
    /** Praise that was on the board and HR took off it again. */
    UNPUBLISHED;

    public String translationKey() {
        return "reporting.status." + name();
    }
}
