package org.reciprocity.notification;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a notification is about, as each person chooses how to get it. What needs action goes out by e-mail at once
 * by default, recognition stays in the bell unless the person asks for mail. HR's deadline alerts cannot be turned off (a report must be answered in
 * time), nor gathered into a digest (it would come too late).
 */
public enum Category {
    RECOGNITION(Delivery.IN_APP),
    MY_REPORTS(Delivery.EMAIL),
    CHECK_INS(Delivery.EMAIL),
    ASSESSMENT(Delivery.EMAIL),
    NEW_REPORTS(Delivery.EMAIL),
    DEADLINES(Delivery.EMAIL);

    private final Delivery byDefault;

    Category(Delivery byDefault) {
        this.byDefault = byDefault;
    }

    public Delivery byDefault() {
        return byDefault;
    }

    /**
     * The deliveries a person may choose for this category. The digests are not offered until the digest job that
     * sends them exists: a choice that does nothing would be a broken promise.
     */
    public Set<Delivery> choices() {
        return this == DEADLINES ? EnumSet.of(Delivery.IN_APP, Delivery.EMAIL)
                : EnumSet.of(Delivery.IN_APP, Delivery.EMAIL, Delivery.OFF);
    }
}
