package org.reciprocity.review;

import org.reciprocity.reporting.ReportFiled;
import org.reciprocity.reporting.ReportStatusChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Every report filed gets its case in HR's queue; a status set outside review is mirrored. After the reporting
 * transaction commits, in a transaction of its own, on the same thread so that the case exists when the reporter
 * sees the receipt ({@code @ApplicationModuleListener} would do it asynchronously). The event publication
 * registry keeps an event whose handling failed and publishes it again on restart.
 */
@Component
class ReportEvents {

    private final ReviewService review;

    ReportEvents(ReviewService review) {
        this.review = review;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ReportFiled filed) {
        review.opened(filed.reportId(), filed.kind(), filed.locationId(), filed.filedAt());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ReportStatusChanged changed) {
        review.statusChanged(changed.reportId(), changed.to());
    }
}
