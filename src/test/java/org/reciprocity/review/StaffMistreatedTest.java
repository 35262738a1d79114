package org.reciprocity.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reciprocity.reporting.ReportKind;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
/** A staff member abused by a customer: the outcome, their dignity recognised, their manager checking in. */
class StaffMistreatedTest extends ReviewTestSupport {

    @Test
    @WithUserDetails("olena")
    void aStaffMemberWhoKeptTheirDignityIsRecognisedAndTheirManagerAskedToCheckIn() {
        var andrii = employee("Andrii Polishchuk");
        var filed = file(ReportKind.STAFF_MISTREATED, false);
        var c = bring(filed.id(), CaseStatus.IN_REVIEW);
        var version = c.version();
        assertThatThrownBy(() -> workflow.recogniseDignity(filed.id(), version, andrii))
                .as("link her first").isInstanceOf(ReviewException.class);
        c = workflow.link(filed.id(), c.version(), andrii);
        var linkedVersion = c.version();
        assertThatThrownBy(() -> workflow.recordOutcome(filed.id(), linkedVersion, CustomerOutcome.OTHER, null))
                .isInstanceOf(ReviewException.class).extracting("field").isEqualTo("outcomeNote");
        c = workflow.recordOutcome(filed.id(), c.version(), CustomerOutcome.SERVED_BY_MANAGER, "The manager took over");
        c = workflow.recogniseDignity(filed.id(), c.version(), andrii);

        assertThat(c.outcome()).isEqualTo(CustomerOutcome.SERVED_BY_MANAGER);
        assertThat(c.dignity()).containsExactly(andrii);
        var recognised = events.stream(DignityRecognised.class).toList();
        assertThat(recognised).extracting(DignityRecognised::reportId, DignityRecognised::employeeId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(filed.id(), andrii));
        var again = c.version();
        assertThatThrownBy(() -> workflow.recogniseDignity(filed.id(), again, andrii))
                .isInstanceOf(ReviewException.class).extracting("messageKey").isEqualTo("review.dignity.already");
        assertThat(c.trail()).extracting(AuditLine::action).contains(AuditAction.OUTCOME, AuditAction.DIGNITY);

        // Max, Anna's manager, finds the check-in and marks it done
        var task = as("max", () -> checkIns.mine(PageRequest.of(0, 50)).stream()
                .filter(t -> t.employeeId() == andrii && t.doneAt() == null).findFirst().orElseThrow());
        assertThat(task.employeeName()).isEqualTo("Andrii Polishchuk");
        assertThat(task.locationName()).isEqualTo("Kyiv — Podil store");
    }

    @Test
    @WithUserDetails("olena")
    void outcomesAndDignityAreOnlyForStaffMistreated() {
        var filed = file(ReportKind.CUSTOMER_MISTREATED, false);
        var version = open(filed.id()).version();
        assertThatThrownBy(() -> workflow.recordOutcome(filed.id(), version, CustomerOutcome.WARNED, null))
                .isInstanceOf(ReviewException.class).extracting("messageKey").isEqualTo("review.outcome.wrongKind");
    }

    @Test
    @WithUserDetails("max")
    void aManagerSeesOnlyTheirOwnCheckInsAndMarksThemDone() {
        var before = checkIns.countMyOpen();
        var andrii = employee("Andrii Polishchuk");
        as("olena", () -> {
            var filed = fileAsSystem();
            var c = workflow.link(filed, workflow.open(filed).orElseThrow().version(), andrii);
            return workflow.recogniseDignity(filed, c.version(), andrii);
        });
        assertThat(checkIns.countMyOpen()).isEqualTo(before + 1);
        var task = checkIns.mine(PageRequest.of(0, 50)).getFirst();
        assertThat(task.doneAt()).isNull();
        checkIns.complete(task.id(), task.version());
        assertThat(checkIns.countMyOpen()).isEqualTo(before);
        assertThatThrownBy(() -> checkIns.complete(task.id(), task.version()))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    long fileAsSystem() {
        return file(ReportKind.STAFF_MISTREATED, false).id();
    }

    @Test
    @WithUserDetails("olena")
    void abuseAndPraiseOfATeamMemberCountAsEvidenceForTheirManagersSelfAssessmentUnlessDismissed() {
        clock.set(Instant.parse("2031-02-10T09:00:00Z"));
        var mariia = employee("Mariia Rudenko");
        var from = Instant.parse("2031-02-01T00:00:00Z");
        var to = Instant.parse("2031-03-01T00:00:00Z");
        var before = abuse.count(List.of(mariia), from, to);
        var praiseBefore = praise.count(List.of(mariia), from, to);
        var kept = file(ReportKind.STAFF_MISTREATED, false);
        workflow.link(kept.id(), open(kept.id()).version(), mariia);
        var dismissed = file(ReportKind.STAFF_MISTREATED, false);
        var c = workflow.link(dismissed.id(), open(dismissed.id()).version(), mariia);
        workflow.move(dismissed.id(), c.version(), CaseStatus.DISMISSED, "Not about our staff");
        var praised = file(ReportKind.PRAISE, false);
        workflow.link(praised.id(), open(praised.id()).version(), mariia);

        assertThat(abuse.count(List.of(mariia), from, to)).isEqualTo(before + 1);
        assertThat(abuse.count(List.of(mariia), to, to.plus(Duration.ofDays(30)))).isZero();
        assertThat(abuse.count(List.of(), from, to)).isZero();
        assertThat(abuse.labelKey()).isEqualTo("review.evidence.abuse");
        assertThat(praise.count(List.of(mariia), from, to)).as("the praise only").isEqualTo(praiseBefore + 1);
        assertThat(praise.labelKey()).isEqualTo("review.evidence.praise");
    }

}
