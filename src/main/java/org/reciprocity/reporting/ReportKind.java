package org.reciprocity.reporting;

/** What a reporter tells the company about. */
public enum ReportKind {
    /** A staff member did something exemplary. */
    PRAISE,
    /** A staff member was mistreated by a customer. */
    STAFF_MISTREATED,
    /** A customer was mistreated by staff. */
    CUSTOMER_MISTREATED;

    public String translationKey() {
        return "reporting.kind." + name();
    }
}
