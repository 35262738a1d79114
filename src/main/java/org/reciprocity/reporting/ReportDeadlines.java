package org.reciprocity.reporting;

import java.time.Duration;

/**
 * What the company promises every reporter (settings {@code reciprocity.reporting.acknowledge-within} and
 * {@code answer-within}); HR review measures itself against the same figures.
 */
public record ReportDeadlines(Duration acknowledgeWithin, Duration answerWithin) {

    public long acknowledgeDays() {
        return Math.max(1, acknowledgeWithin.toDays());
    }

    public long answerDays() {
        return Math.max(1, answerWithin.toDays());
    }
}
