package org.reciprocity.review;

import org.reciprocity.reporting.ReportStatus;

/**
 * Where HR's case stands in the workflow ({@link Workflow}). Each status is also a step the reporter is shown, in
 * their own words ({@link #shownToReporter}).
 */
public enum CaseStatus {
    NEW, ACKNOWLEDGED, IN_REVIEW, RESOLVED, DISMISSED, PUBLISHED, FORWARDED,
    /** Published praise HR took off the board again. */
    UNPUBLISHED;

    /** What the reporter's status page says when the case reaches this status. */
    ReportStatus shownToReporter() {
        return switch (this) {
            case NEW -> ReportStatus.RECEIVED;
            case ACKNOWLEDGED -> ReportStatus.ACKNOWLEDGED;
            case IN_REVIEW -> ReportStatus.IN_REVIEW;
            case RESOLVED -> ReportStatus.RESOLVED;
            case DISMISSED -> ReportStatus.CLOSED;
            case PUBLISHED -> ReportStatus.PUBLISHED;
            case FORWARDED -> ReportStatus.PASSED_ON;
            case UNPUBLISHED -> ReportStatus.UNPUBLISHED;
        };
    }
}
