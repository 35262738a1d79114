package org.reciprocity.review;

/** What the company did towards a customer who mistreated a staff member. */
public enum CustomerOutcome {
    SPOKEN_TO, WARNED, SERVED_BY_MANAGER, REFUSED_SERVICE, OTHER;

    public String translationKey() {
        return "review.outcome." + name();
    }
}
