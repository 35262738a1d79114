package org.reciprocity.notification;

/** How a person wants one category of notification: the bell always shows it, unless OFF. */
public enum Delivery {
    /** In the bell only. */
    IN_APP,
    /** In the bell, and an e-mail at once. */
    EMAIL,
    /** In the bell, and once a day in one e-mail with the rest. */
    DAILY_DIGEST,
    /** In the bell, and once a week in one e-mail with the rest. */
    WEEKLY_DIGEST,
    /** Not at all. */
    OFF
}
