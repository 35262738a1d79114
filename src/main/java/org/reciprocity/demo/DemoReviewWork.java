package org.reciprocity.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;
import org.reciprocity.reporting.ReportService;
import org.reciprocity.review.CaseDetails;
import org.reciprocity.review.CaseQuery;
import org.reciprocity.review.CustomerOutcome;
import org.reciprocity.review.CaseStatus;
import org.reciprocity.review.CaseWorkflow;
import org.reciprocity.review.ReviewQueue;
import org.reciprocity.security.SignIn;
import org.reciprocity.shared.StoryClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Step six: Olena's work on the reports, each move at its hour of the story. She published the praise of Bohdan
 * on the board and thanked the customer; resolved the praise of the reception; asked the son of the customer in
 * Odesa a question, which he answered with his receipt code; and handled Anna's report of a threatening customer
 * (her recognition for keeping her dignity is left for HR to click: it creates Max's check-in). The report from
 * Lviv waits, overdue; the praise of the barista came in three hours ago.
 */
@Component
class DemoReviewWork {

    private static final Logger log = LoggerFactory.getLogger(DemoReviewWork.class);

    private final CaseWorkflow workflow;
    private final ReviewQueue queue;
    private final ReportService reports;
    private final StoryClock clock;

    DemoReviewWork(CaseWorkflow workflow, ReviewQueue queue, ReportService reports, StoryClock clock) {
        this.workflow = workflow;
        this.queue = queue;
        this.reports = reports;
        this.clock = clock;
    }

    void work(SignIn signIn, Company company, DemoReports.Filed filed) {
        var olena = company.id(DemoPeople.HR);
        try (var cast = new Cast(signIn)) {
            cast.as(DemoPeople.HR, () -> {
                praiseOfBohdan(filed.at(DemoReports.BOHDAN), olena, company.id("bohdan.tkachenko"));
                praiseOfTheReception(filed.at(DemoReports.RECEPTION));
                annasReport(filed.at(DemoReports.ANNA), olena, company.id(DemoPeople.ANNA));
                questionToOdesa(filed.at(DemoReports.GUARD));
            });
            var guard = filed.at(DemoReports.GUARD);
            clock.run(guard.plus(Duration.ofHours(44)), () -> reports.addReporterMessage(
                    filed.code(DemoReports.GUARD), "Around 11 in the morning, on Saturday.", "demo-guard"));
            cast.as(DemoPeople.HR, () -> clock.run(guard.plus(Duration.ofHours(46)), () -> {
                var c = find(DemoReports.GUARD);
                workflow.assign(c.reportId(), c.version(), olena);
                workflow.note(c.reportId(), "Asked the Odesa store manager for the entrance camera recording of "
                        + "Saturday, 10:30–11:30, and for the guard's shift schedule.");
            }));
        }
        log.info("Demo review work done");
    }

    private void praiseOfBohdan(Instant filedAt, long olena, long bohdan) {
        var c = find(DemoReports.BOHDAN);
        var id = c.reportId();
        var acknowledged = filedAt.plus(Duration.ofHours(20));
        c = at(acknowledged, move(c, CaseStatus.ACKNOWLEDGED));
        c = at(acknowledged, assign(c, olena));
        c = at(filedAt.plus(Duration.ofHours(22)), () -> workflow.reply(id,
                "Thank you for telling us! We have passed your words on to Bohdan and his manager."));
        var published = filedAt.plus(Duration.ofDays(1));
        c = at(published, link(c, bohdan));
        c = at(published, move(c, CaseStatus.IN_REVIEW));
        at(published, move(c, CaseStatus.PUBLISHED));
    }

    private void praiseOfTheReception(Instant filedAt) {
        var c = find(DemoReports.RECEPTION);
        var id = c.reportId();
        c = at(filedAt.plus(Duration.ofHours(20)), move(c, CaseStatus.ACKNOWLEDGED));
        c = at(filedAt.plus(Duration.ofHours(20)), move(c, CaseStatus.IN_REVIEW));
        c = at(filedAt.plus(Duration.ofHours(38)), () -> workflow.reply(id,
                "Thank you! We shared your story with the whole team."));
        at(filedAt.plus(Duration.ofHours(40)), move(c, CaseStatus.RESOLVED));
    }

    private void annasReport(Instant filedAt, long olena, long anna) {
        var c = find(DemoReports.ANNA);
        var id = c.reportId();
        var soon = filedAt.plus(Duration.ofHours(2));
        c = at(soon, move(c, CaseStatus.ACKNOWLEDGED));
        c = at(soon, assign(c, olena));
        c = at(soon, move(c, CaseStatus.IN_REVIEW));
        var later = filedAt.plus(Duration.ofHours(3));
        c = at(later, () -> workflow.reply(id, "Thank you for telling us, Anna. Nobody has to put up with threats. "
                + "We have spoken with Max about what happened."));
        c = at(later, link(c, anna));
        at(later, outcome(c, CustomerOutcome.WARNED,
                "The store manager told the customer that threats are not accepted in our shops."));
    }

    private void questionToOdesa(Instant filedAt) {
        var c = find(DemoReports.GUARD);
        var id = c.reportId();
        c = at(filedAt.plus(Duration.ofHours(20)), move(c, CaseStatus.ACKNOWLEDGED));
        at(filedAt.plus(Duration.ofHours(40)), move(c, CaseStatus.IN_REVIEW));
        at(filedAt.plus(Duration.ofHours(42)), () -> workflow.reply(id,
                "We are sorry this happened. Could you tell us roughly what time it was?"));
    }

    private Supplier<CaseDetails> move(CaseDetails c, CaseStatus to) {
        return () -> workflow.move(c.reportId(), c.version(), to, null);
    }

    private Supplier<CaseDetails> assign(CaseDetails c, long employeeId) {
        return () -> workflow.assign(c.reportId(), c.version(), employeeId);
    }

    private Supplier<CaseDetails> link(CaseDetails c, long employeeId) {
        return () -> workflow.link(c.reportId(), c.version(), employeeId);
    }

    private Supplier<CaseDetails> outcome(CaseDetails c, CustomerOutcome outcome, String note) {
        return () -> workflow.recordOutcome(c.reportId(), c.version(), outcome, note);
    }

    private CaseDetails at(Instant moment, Supplier<CaseDetails> work) {
        return clock.call(moment, work);
    }

    /** The demo report as HR finds it in her queue: by its kind, then by what the reporter wrote. */
    private CaseDetails find(String key) {
        var told = DemoReports.TOLD.stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
        return queue.queue(new CaseQuery(Set.of(), told.kind(), null, null, false), PageRequest.of(0, 50)).stream()
                .map(row -> workflow.open(row.reportId()).orElseThrow())
                .filter(c -> c.report().what().equals(told.what()))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("Demo report " + key + " is not in HR's queue"));
    }
}
