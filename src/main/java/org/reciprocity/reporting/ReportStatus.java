package org.reciprocity.reporting;

/**
 * Where a report stands. HR review decides which transitions are allowed; this module records whatever status
 * HR sets, with the time, in the history the reporter reads.
 */
public enum ReportStatus {
    NEW, ACKNOWLEDGED, IN_REVIEW, RESOLVED, DISMISSED, PUBLISHED, FORWARDED;

    public String translationKey() {
        return "reporting.status." + name();
    }
}
