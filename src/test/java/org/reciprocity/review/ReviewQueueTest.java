package org.reciprocity.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reciprocity.reporting.ReportKind;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
/** A case opens for every report, with its deadlines; the queue filters, sorts and counts. */
class ReviewQueueTest extends ReviewTestSupport {

    @Test
    @WithUserDetails("olena")
    void aFiledReportOpensACaseWithTheDeadlinesPromisedToTheReporter() {
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        var filed = file(ReportKind.CUSTOMER_MISTREATED, false);
        var c = open(filed.id());
        assertThat(c.status()).isEqualTo(CaseStatus.NEW);
        assertThat(c.report().what()).isEqualTo(filed.what());
        assertThat(c.acknowledgeBy()).isEqualTo(Instant.parse("2026-03-04T09:00:00Z"));
        assertThat(c.answerBy()).isEqualTo(Instant.parse("2026-04-01T09:00:00Z"));
        assertThat(c.dueAt()).isEqualTo(c.acknowledgeBy());
        assertThat(c.overdue()).isFalse();
        assertThat(c.next()).containsExactlyInAnyOrder(CaseStatus.ACKNOWLEDGED, CaseStatus.DISMISSED);
    }

    @Test
    @WithUserDetails("olena")
    void anUnacknowledgedReportBecomesOverdueAfterTwoDaysAndAnUnansweredOneAfterThirty() {
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        var filed = file(ReportKind.PRAISE, false);
        var overdueBefore = queue.countOverdue();

        clock.set(Instant.parse("2026-03-04T09:01:00Z"));
        assertThat(open(filed.id()).overdue()).isTrue();
        assertThat(queue.countOverdue()).isEqualTo(overdueBefore + 1);
        var overdueQuery = new CaseQuery(Set.of(), ReportKind.PRAISE, podil(), null, true);
        assertThat(queue.queue(overdueQuery, PageRequest.of(0, 500))).extracting(CaseRow::reportId)
                .contains(filed.id());

        var acknowledged = workflow.move(filed.id(), open(filed.id()).version(), CaseStatus.ACKNOWLEDGED, null);
        assertThat(acknowledged.overdue()).as("now the answer deadline applies").isFalse();
        assertThat(acknowledged.dueAt()).isEqualTo(Instant.parse("2026-04-01T09:00:00Z"));
        assertThat(acknowledged.acknowledgedAt()).isEqualTo(Instant.parse("2026-03-04T09:01:00Z"));

        clock.set(Instant.parse("2026-04-01T09:00:01Z"));
        assertThat(open(filed.id()).overdue()).isTrue();
        var replied = workflow.reply(filed.id(), "Thank you, we passed it on.");
        assertThat(replied.overdue()).isFalse();
        assertThat(replied.dueAt()).as("answered: no deadline left").isNull();
        assertThat(queue.queue(overdueQuery, PageRequest.of(0, 500))).extracting(CaseRow::reportId)
                .doesNotContain(filed.id());
    }

    @Test
    @WithUserDetails("olena")
    void theQueueFiltersByStatusKindLocationAssigneeAndSortsByTheNextDeadline() {
        clock.set(Instant.parse("2026-05-10T09:00:00Z"));
        var older = file(ReportKind.STAFF_MISTREATED, false);
        clock.set(Instant.parse("2026-05-11T09:00:00Z"));
        var newer = file(ReportKind.STAFF_MISTREATED, false);
        var me = currentUser.require().employeeId();
        workflow.assign(newer.id(), open(newer.id()).version(), me);

        var mine = new CaseQuery(Set.of(CaseStatus.NEW), ReportKind.STAFF_MISTREATED, podil(), me, false);
        assertThat(queue.queue(mine, PageRequest.of(0, 500))).extracting(CaseRow::reportId)
                .contains(newer.id()).doesNotContain(older.id());
        assertThat(queue.count(mine)).isEqualTo(queue.queue(mine, PageRequest.of(0, 500)).size());

        var all = queue.queue(new CaseQuery(Set.of(CaseStatus.NEW), ReportKind.STAFF_MISTREATED, podil(), null,
                false), PageRequest.of(0, 500)).stream().map(CaseRow::reportId).toList();
        assertThat(all.indexOf(older.id())).as("the older deadline first").isLessThan(all.indexOf(newer.id()));
        var row = queue.queue(mine, PageRequest.of(0, 500)).stream().filter(r -> r.reportId() == newer.id())
                .findFirst().orElseThrow();
        assertThat(row.assigneeName()).isEqualTo("Olena Bondarenko");
        assertThat(row.locationName()).isEqualTo("Kyiv — Podil store");
    }

    @Test
    @WithUserDetails("olena")
    void newReportsAreCountedForTheNavigationUntilAcknowledged() {
        var before = queue.countWaiting();
        var filed = file(ReportKind.PRAISE, false);
        assertThat(queue.countWaiting()).isEqualTo(before + 1);
        bring(filed.id(), CaseStatus.ACKNOWLEDGED);
        assertThat(queue.countWaiting()).isEqualTo(before);
    }

}
