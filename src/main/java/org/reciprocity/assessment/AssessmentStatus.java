package org.reciprocity.assessment;

public enum AssessmentStatus {
    /** Not started: nothing saved for the period yet. */
    NOT_STARTED,
    DRAFT,
    SUBMITTED
}
