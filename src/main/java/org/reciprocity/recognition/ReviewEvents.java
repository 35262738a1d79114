package org.reciprocity.recognition;

import java.util.List;
import org.reciprocity.review.DignityRecognised;
import org.reciprocity.review.PraiseForwarded;
import org.reciprocity.review.PraisePublished;
import org.reciprocity.review.PraiseUnpublished;
import org.reciprocity.shared.FeatureEventListener;
import org.springframework.stereotype.Component;

/**
 * What HR decided in a review becomes recognition: a customer's published praise joins the board (and leaves it
 * when HR unpublishes it), forwarded praise reaches the staff member and their manager privately, and a staff member
 * who kept their dignity with an abusive customer is recognised privately. Each report once, through this module's trusted {@link OriginEntries}: nobody
 * acts here, so nobody's roles are needed (see {@link FeatureEventListener} for when and how these run).
 */
@Component
class ReviewEvents {

    /** Longest customer story kept (the column's size); praise is cut there rather than lost. */
    static final int MAX_STORY = 4000;

    private final OriginEntries entries;

    ReviewEvents(OriginEntries entries) {
        this.entries = entries;
    }

    @FeatureEventListener
    void on(PraisePublished event) {
        entries.record(Source.CUSTOMER, Visibility.PUBLIC, event.reportId(), event.employeeIds(), kept(event.story()),
                event.publishedAt());
    }

    /** Published praise HR took off the board: the entry goes, for everyone, at once (see {@link OriginEntries#withdraw}). */
    @FeatureEventListener
    void on(PraiseUnpublished event) {
        entries.withdraw(Source.CUSTOMER, event.reportId(), event.unpublishedAt());
    }

    /** Praise HR passed on privately: the staff member and their manager see it; the board does not. */
    @FeatureEventListener
    void on(PraiseForwarded event) {
        entries.record(Source.CUSTOMER, Visibility.PRIVATE, event.reportId(), event.employeeIds(), kept(event.story()),
                event.forwardedAt());
    }

    @FeatureEventListener
    void on(DignityRecognised event) {
        entries.record(Source.HR, Visibility.PRIVATE, event.reportId(), List.of(event.employeeId()), "",
                event.recognisedAt());
    }

    /** The customer's words, stripped and cut at {@link #MAX_STORY}. */
    private static String kept(String story) {
        var stripped = story.strip();
        return stripped.length() > MAX_STORY ? stripped.substring(0, MAX_STORY) : stripped;
    }
}
