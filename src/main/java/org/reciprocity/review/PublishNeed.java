package org.reciprocity.review;

/** A step still missing before praise can be published on the board ({@link CaseActions#toPublish}). */
public enum PublishNeed {
    /** The report is new: acknowledge it first. */
    ACKNOWLEDGE,
    /** Publishing is a decision of the review: start it. */
    START_REVIEW,
    /** The board card names the staff member: link the employee the praise is about. */
    LINK_EMPLOYEE,
    /** The customer did not allow showing it on the board; it can only be forwarded privately. */
    CONSENT
}
