package org.reciprocity.notification;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a notification is about, as each person chooses how to get it. What needs action goes out by e-mail at once
 * by default, recognition stays in the bell unless the person asks for mail, and a manager's news of the team comes
 * in the weekly digest (as recognition platforms send managers a weekly summary). HR's deadline alerts cannot be
 * turned off (a report must be answered in time); neither they nor a check-in HR asks for can wait for a digest.
 */
public enum Category {
    RECOGNITION(Delivery.IN_APP, true),
    /** A manager's: private recognitions of the team, and each week who on it has not been recognised lately. */
    TEAM(Delivery.WEEKLY_DIGEST, true),
    MY_REPORTS(Delivery.EMAIL, true),
    CHECK_INS(Delivery.EMAIL, false),
    ASSESSMENT(Delivery.EMAIL, true),
    NEW_REPORTS(Delivery.EMAIL, true),
    DEADLINES(Delivery.EMAIL, false);

    private final Delivery byDefault;
    private final boolean digestible;

    Category(Delivery byDefault, boolean digestible) {
        this.byDefault = byDefault;
        this.digestible = digestible;
    }

    public Delivery byDefault() {
        return byDefault;
    }

    /** The deliveries a person may choose for this category: a digest only where a day's wait does no harm. */
    public Set<Delivery> choices() {
        var choices = EnumSet.of(Delivery.IN_APP, Delivery.EMAIL);
        if (digestible) {
            choices.addAll(EnumSet.of(Delivery.DAILY_DIGEST, Delivery.WEEKLY_DIGEST));
        }
        if (this != DEADLINES) {
            choices.add(Delivery.OFF);
        }
        return choices;
    }
}
