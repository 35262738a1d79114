package org.reciprocity.review;

import org.reciprocity.reporting.ReportFiled;
import org.reciprocity.reporting.ReportService;
import org.reciprocity.reporting.ReporterWrote;
import org.reciprocity.shared.FeatureEventListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Every report filed gets its case in HR's queue, with the deadlines promised to the reporter; on the filing
 * thread, so that the case exists when the reporter sees the receipt. HR hears of it ({@link CaseAlert} FILED), and
 * of each message its reporter adds (REPORTER_WROTE): review owns who handles a case, so it says whom that concerns.
 * The only events review hears from reporting.
 */
@Component
class ReportEvents {

    private final ReviewCaseRepository cases;
    private final ReportService reports;
    private final ApplicationEventPublisher events;

    ReportEvents(ReviewCaseRepository cases, ReportService reports, ApplicationEventPublisher events) {
        this.cases = cases;
        this.reports = reports;
        this.events = events;
    }

    /** A filing heard again (after a restart) finds its case and announces nothing twice. */
    @FeatureEventListener
    void on(ReportFiled filed) {
        if (!cases.existsById(filed.reportId())) {
            cases.save(new ReviewCase(filed.reportId(), filed.kind(), filed.locationId(), filed.filedAt(),
                    reports.deadlines()));
            events.publishEvent(new CaseAlert(filed.reportId(), filed.kind(), CaseAlert.Reason.FILED, null, null,
                    filed.filedAt()));
        }
    }

    @FeatureEventListener
    void on(ReporterWrote wrote) {
        cases.findById(wrote.reportId()).ifPresent(c -> events.publishEvent(new CaseAlert(c.getReportId(),
                c.getKind(), CaseAlert.Reason.REPORTER_WROTE, c.getAssigneeEmployeeId(), null, wrote.at())));
    }
}
