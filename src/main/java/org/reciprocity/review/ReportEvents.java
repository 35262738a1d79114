package org.reciprocity.review;

import org.reciprocity.reporting.ReportFiled;
import org.reciprocity.reporting.ReportService;
import org.reciprocity.shared.FeatureEventListener;
import org.springframework.stereotype.Component;

/**
 * Every report filed gets its case in HR's queue, with the deadlines promised to the reporter; on the filing
 * thread, so that the case exists when the reporter sees the receipt. The only event review hears from reporting.
 */
@Component
class ReportEvents {

    private final ReviewCaseRepository cases;
    private final ReportService reports;

    ReportEvents(ReviewCaseRepository cases, ReportService reports) {
        this.cases = cases;
        this.reports = reports;
    }

    @FeatureEventListener
    void on(ReportFiled filed) {
        if (!cases.existsById(filed.reportId())) {
            cases.save(new ReviewCase(filed.reportId(), filed.kind(), filed.locationId(), filed.filedAt(),
                    reports.deadlines()));
        }
    }
}
