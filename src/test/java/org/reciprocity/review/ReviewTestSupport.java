package org.reciprocity.review;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.reciprocity.MutableClock;
import org.reciprocity.RunAs;
import org.reciprocity.people.Directory;
import org.reciprocity.reporting.FileReport;
import org.reciprocity.reporting.ReportFiled;
import org.reciprocity.reporting.ReportKind;
import org.reciprocity.reporting.ReportService;
import org.reciprocity.security.CurrentUser;
import org.reciprocity.shared.CompanySettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;

/** What the review tests share: one Spring context, demo users, helpers to file and walk reports. */
@SpringBootTest
@RecordApplicationEvents
abstract class ReviewTestSupport {

    @Autowired
    ReviewQueue queue;
    @Autowired
    CaseWorkflow workflow;
    @Autowired
    CheckIns checkIns;
    @Autowired
    ReportService reports;
    @Autowired
    Directory directory;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    MutableClock clock;
    @Autowired
    CompanySettings company;
    @Autowired
    ApplicationEvents events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    RunAs runAs;
    @Autowired
    ReviewCaseRepository cases;
    @Autowired
    @Qualifier("abuseEvidence")
    LinkedReportEvidence abuse;
    @Autowired
    @Qualifier("customerPraiseEvidence")
    LinkedReportEvidence praise;

    /** Runs {@code work} signed in as another demo user, then signs the test's user back in. */
    <T> T as(String username, java.util.function.Supplier<T> work) {
        return runAs.user(username, work);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    // ------------------------------------------------------------------ helpers

    long podil() {
        return directory.locationByCode("kyiv-podil").orElseThrow().id();
    }

    long employee(String name) {
        return directory.pick(name, PageRequest.of(0, 1)).getFirst().id();
    }

    record Filed(long id, String code, String what) {
    }

    /** Files a report as the public would (whoever is signed in for the test), and returns its id and code. */
    Filed file(ReportKind kind, boolean publicConsent) {
        var what = "What happened, told in enough words " + UUID.randomUUID();
        var occurred = LocalDateTime.ofInstant(clock.instant(), company.timeZone()).minusHours(2).withNano(0);
        var receipt = reports.file(new FileReport(kind, podil(), occurred, "The cashier at till 2", what, null,
                false, publicConsent, false, null), "review-test-" + UUID.randomUUID());
        var id = events.stream(ReportFiled.class).toList().getLast().reportId();
        return new Filed(id, receipt.code(), what);
    }

    CaseDetails open(long id) {
        return workflow.open(id).orElseThrow();
    }

    /** Walks a case along the allowed path to {@code status}. */
    CaseDetails bring(long id, CaseStatus status) {
        var c = open(id);
        var path = switch (status) {
            case NEW -> List.<CaseStatus>of();
            case ACKNOWLEDGED -> List.of(CaseStatus.ACKNOWLEDGED);
            case IN_REVIEW -> List.of(CaseStatus.ACKNOWLEDGED, CaseStatus.IN_REVIEW);
            case UNPUBLISHED -> List.of(CaseStatus.ACKNOWLEDGED, CaseStatus.IN_REVIEW, CaseStatus.PUBLISHED,
                    CaseStatus.UNPUBLISHED);
            default -> List.of(CaseStatus.ACKNOWLEDGED, CaseStatus.IN_REVIEW, status);
        };
        for (var step : path) {
            c = workflow.move(id, c.version(), step, step == CaseStatus.DISMISSED ? "A duplicate"
                    : step == CaseStatus.UNPUBLISHED ? "The customer asked us to take it down" : null);
        }
        return c;
    }

}
