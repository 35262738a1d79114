package org.reciprocity.recognition;

import java.time.Instant;
import java.util.List;
import org.reciprocity.review.DignityRecognised;
import org.reciprocity.review.PraiseForwarded;
import org.reciprocity.review.PraisePublished;
import org.reciprocity.security.Role;
import org.reciprocity.security.SystemAccess;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

/**
 * What HR decided in a review becomes recognition: a customer's published praise joins the board, forwarded praise
 * reaches the staff member and their manager privately, and a staff member who kept their dignity with an abusive
 * customer is recognised privately. Each report once.
 * <p>
 * After the publisher's commit, in a transaction of its own, on the publisher's thread: HR sees the result at
 * once ({@code @ApplicationModuleListener} would do the same asynchronously). The event publication registry
 * keeps an event whose handling failed and publishes it again on restart.
 */
@Component
class ReviewEvents {

    /** Longest customer story kept (the column's size); praise is cut there rather than lost. */
    static final int MAX_STORY = 4000;

    private final RecognitionService recognitions;

    ReviewEvents(RecognitionService recognitions) {
        this.recognitions = recognitions;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(PraisePublished event) {
        record(Source.CUSTOMER, Visibility.PUBLIC, event.reportId(), event.employeeIds(), kept(event.story()),
                event.publishedAt());
    }

    /** Praise HR passed on privately: the staff member and their manager see it; the board does not. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(PraiseForwarded event) {
        record(Source.CUSTOMER, Visibility.PRIVATE, event.reportId(), event.employeeIds(), kept(event.story()),
                event.forwardedAt());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(DignityRecognised event) {
        record(Source.HR, Visibility.PRIVATE, event.reportId(), List.of(event.employeeId()), "",
                event.recognisedAt());
    }

    private void record(Source source, Visibility visibility, long reportId, List<Long> employeeIds, String story,
                        Instant at) {
        SystemAccess.runAs(() -> recognitions.recordFromOrigin(source, visibility, reportId, employeeIds, story, at),
                Role.HR);
    }

    /** The customer's words, stripped and cut at {@link #MAX_STORY}. */
    private static String kept(String story) {
        var stripped = story.strip();
        return stripped.length() > MAX_STORY ? stripped.substring(0, MAX_STORY) : stripped;
    }
}
