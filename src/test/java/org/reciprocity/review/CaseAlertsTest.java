package org.reciprocity.review;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.reciprocity.reporting.ReportFiled;
import org.reciprocity.reporting.ReportKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * What review tells HR and managers: a new case, a reporter's message, a check-in asked for, and each deadline near
 * or passed — once each, whoever hears the same fact again.
 */
class CaseAlertsTest extends ReviewTestSupport {

    @Autowired
    ReportEvents reportEvents;
    @Autowired
    DeadlineWatch watch;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    private List<CaseAlert> alertsOf(long id) {
        return events.stream(CaseAlert.class).filter(a -> a.reportId() == id).toList();
    }

    /** Runs the watch as its schedule would, until a run finds nothing more (earlier tests' cases come first). */
    private void watchUntilQuiet() {
        for (var run = 0; run < 100; run++) {
            var before = events.stream(CaseAlert.class).count();
            watch.run();
            if (events.stream(CaseAlert.class).count() == before) {
                return;
            }
        }
        throw new AssertionError("the watch kept finding deadlines to announce");
    }

    @Test
    @WithUserDetails("olena")
    void aNewCaseIsAnnouncedOnceEvenWhenItsFilingIsHeardAgain() {
        var filed = file(ReportKind.CUSTOMER_MISTREATED, false);
        assertThat(alertsOf(filed.id())).singleElement().satisfies(a -> {
            assertThat(a.reason()).isEqualTo(CaseAlert.Reason.FILED);
            assertThat(a.kind()).isEqualTo(ReportKind.CUSTOMER_MISTREATED);
            assertThat(a.assigneeEmployeeId()).isNull();
            assertThat(a.dueAt()).isNull();
        });
        var filing = events.stream(ReportFiled.class).filter(f -> f.reportId() == filed.id()).findFirst().orElseThrow();
        assertThat(alertsOf(filed.id()).getFirst().at()).isEqualTo(filing.filedAt());
        reportEvents.on(filing); // as the publication registry would after a restart
        assertThat(alertsOf(filed.id())).hasSize(1);
    }

    @Test
    @WithUserDetails("olena")
    void aReporterWritingIsAnnouncedToTheAssignee() {
        var olena = currentUser.require().employeeId();
        var filed = file(ReportKind.PRAISE, false);
        workflow.assign(filed.id(), open(filed.id()).version(), olena);
        reports.addReporterMessage(filed.code(), "I forgot to say: it was on Monday.", "review-test-" + UUID.randomUUID());

        assertThat(alertsOf(filed.id())).extracting(CaseAlert::reason)
                .containsExactly(CaseAlert.Reason.FILED, CaseAlert.Reason.REPORTER_WROTE);
        assertThat(alertsOf(filed.id()).getLast().assigneeEmployeeId()).isEqualTo(olena);
    }

    @Test
    @WithUserDetails("olena")
    void aManagerAskedToCheckInIsAnnouncedOnce() {
        var andrii = employee("Andrii Polishchuk");
        var max = employee("Maksym Shevchenko");
        var filed = file(ReportKind.STAFF_MISTREATED, false);
        var c = bring(filed.id(), CaseStatus.IN_REVIEW);
        c = workflow.link(filed.id(), c.version(), andrii);
        workflow.recogniseDignity(filed.id(), c.version(), andrii);

        assertThat(events.stream(CheckInRequested.class).filter(e -> e.reportId() == filed.id()))
                .singleElement().satisfies(e -> {
                    assertThat(e.managerEmployeeId()).isEqualTo(max);
                    assertThat(e.employeeId()).isEqualTo(andrii);
                    assertThat(jdbc.queryForObject("select report_id from review_check_in where id = ?", Long.class,
                            e.checkInId())).isEqualTo(filed.id());
                });
    }

    @Test
    @WithUserDetails("olena")
    void eachDeadlineIsRemindedOnceBeforeAndOnceAfterWhileItIsUnmet() {
        var start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(start);
        var filed = file(ReportKind.CUSTOMER_MISTREATED, false);
        var acknowledgeBy = start.plus(reports.deadlines().acknowledgeWithin());
        var answerBy = start.plus(reports.deadlines().answerWithin());

        clock.set(acknowledgeBy.minus(Duration.ofHours(25)));
        watchUntilQuiet();
        assertThat(alertsOf(filed.id())).as("not yet within a day").hasSize(1);

        clock.set(acknowledgeBy.minus(Duration.ofHours(2)));
        watchUntilQuiet();
        clock.advance(Duration.ofMinutes(5));
        watchUntilQuiet();
        clock.set(acknowledgeBy.plus(Duration.ofMinutes(1)));
        watchUntilQuiet();
        clock.advance(Duration.ofHours(1));
        watchUntilQuiet();
        assertThat(alertsOf(filed.id())).extracting(CaseAlert::reason, CaseAlert::dueAt).containsExactly(
                org.assertj.core.groups.Tuple.tuple(CaseAlert.Reason.FILED, null),
                org.assertj.core.groups.Tuple.tuple(CaseAlert.Reason.ACKNOWLEDGE_DUE_SOON, acknowledgeBy),
                org.assertj.core.groups.Tuple.tuple(CaseAlert.Reason.ACKNOWLEDGE_OVERDUE, acknowledgeBy));

        bring(filed.id(), CaseStatus.ACKNOWLEDGED); // met: now the answer deadline applies
        clock.set(answerBy.minus(Duration.ofHours(3)));
        watchUntilQuiet();
        watchUntilQuiet();
        assertThat(alertsOf(filed.id()).getLast()).satisfies(a -> {
            assertThat(a.reason()).isEqualTo(CaseAlert.Reason.ANSWER_DUE_SOON);
            assertThat(a.dueAt()).isEqualTo(answerBy);
        });

        workflow.reply(filed.id(), "Thank you, we spoke with the customer.");
        clock.set(answerBy.plus(Duration.ofHours(1)));
        watchUntilQuiet();
        assertThat(alertsOf(filed.id())).as("answered: no overdue alert").hasSize(4);
        assertThat(jdbc.queryForObject("select count(*) from review_reminder where report_id = ?", Integer.class,
                filed.id())).isEqualTo(3);
    }

    @Test
    @WithUserDetails("olena")
    void aDeadlineFirstSeenAfterItPassedIsOnlyOverdueAndAnAssigneeIsNamed() {
        var olena = currentUser.require().employeeId();
        var start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(start);
        var filed = file(ReportKind.PRAISE, false);
        workflow.assign(filed.id(), open(filed.id()).version(), olena);
        var acknowledgeBy = start.plus(reports.deadlines().acknowledgeWithin());

        clock.set(acknowledgeBy.plus(Duration.ofDays(1)));
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        var was = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            watch.run();
            assertThat(statistics.getEntityLoadCount()).as("a page of cases was due").isPositive();
            assertThat(statistics.getEntityFetchCount() + statistics.getCollectionFetchCount())
                    .as("the page's cases in one statement, nothing loaded case by case").isZero();
        } finally {
            statistics.setStatisticsEnabled(was);
        }
        watchUntilQuiet();
        assertThat(alertsOf(filed.id())).extracting(CaseAlert::reason)
                .containsExactly(CaseAlert.Reason.FILED, CaseAlert.Reason.ACKNOWLEDGE_OVERDUE);
        assertThat(alertsOf(filed.id()).getLast().assigneeEmployeeId()).isEqualTo(olena);
        assertThat(alertsOf(filed.id()).getLast().reason().escalates()).isTrue();
    }

    @Test
    @WithUserDetails("olena")
    void aClosedCaseIsNotReminded() {
        var start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(start);
        var filed = file(ReportKind.CUSTOMER_MISTREATED, false);
        bring(filed.id(), CaseStatus.DISMISSED);
        clock.set(start.plus(reports.deadlines().answerWithin()).plus(Duration.ofDays(1)));
        watchUntilQuiet();
        assertThat(alertsOf(filed.id())).extracting(CaseAlert::reason).containsExactly(CaseAlert.Reason.FILED);
    }
}
