package org.reciprocity.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reciprocity.MutableClock;
import org.reciprocity.RunAs;
import org.reciprocity.shared.TeamEvidence;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Each test works in its own months of the 2030s, so that the demo history (around today) and the other tests
 * do not meet it.
 */
@SpringBootTest
class AssessmentServiceTest {

    @Autowired
    AssessmentService assessments;

    @Autowired
    MutableClock clock;

    @Autowired
    RunAs runAs;

    @Autowired
    ApplicationContext context;

    /** This context's holder: an e2e test's context in the same JVM replaces the static SecurityContextHolder's. */
    @Autowired
    SecurityContextHolderStrategy security;

    @AfterEach
    void reset() {
        clock.reset();
        security.clearContext();
    }

    private static SaveAssessment complete(Period period, Long version, String text, int... scores) {
        return new SaveAssessment(period, version, List.of(new Answer(scores[0], text + " customers"),
                new Answer(scores[1], text + " team"), new Answer(scores[2], text + " me")), text + " commitment",
                Kept.PARTLY, "");
    }

    private static SaveAssessment draft(Period period, Long version, String text) {
        return new SaveAssessment(period, version, List.of(new Answer(4, text), Answer.empty(), Answer.empty()), "",
                null, "");
    }

    private MyAssessment submitAs(String manager, int... scores) {
        return runAs.user(manager, () -> {
            var current = assessments.current();
            return assessments.submit(complete(current.period(), current.version(), manager, scores));
        });
    }

    private void withCadence(Cadence cadence, Runnable work) {
        var before = runAs.user("olena", () -> assessments.overview());
        var changed = runAs.user("olena", () -> assessments.changeCadence(cadence, before.settingVersion()));
        try {
            work.run();
        } finally {
            runAs.user("olena", () -> assessments.changeCadence(before.cadence(), changed.settingVersion()));
        }
    }

    @Test
    void theDemoManagerHasAYearOfHistoryAndHrSeesTheManagementDepartmentsAverages() {
        var history = runAs.user("max", () -> assessments.history());
        var current = history.periods().getLast();
        assertThat(history.submitted()).filteredOn(p -> p.period().compareTo(current) < 0).hasSize(12);
        assertThat(history.submitted().getFirst().reflections().getFirst()).startsWith("Customers are polite");
        var overview = runAs.user("olena", () -> assessments.overview());
        assertThat(management(overview).shown()).isTrue();
        assertThat(overview.departments()).filteredOn(d -> d.department().equals("Finance"))
                .allSatisfy(d -> assertThat(d.shown()).isFalse());
    }

    @Test
    void aPeriodBeginsAtMidnightInTheCompanysTimeZoneNotInUtc() {
        // Kyiv is UTC+2 in winter: 22:30 UTC on 31 January is already 1 February there.
        clock.set(Instant.parse("2031-01-31T21:59:59Z"));
        assertThat(runAs.user("max", () -> assessments.currentPeriod()))
                .isEqualTo(new Period(Period.Kind.MONTH, LocalDate.of(2031, 1, 1)));
        clock.set(Instant.parse("2031-01-31T22:00:00Z"));
        assertThat(runAs.user("max", () -> assessments.currentPeriod()))
                .isEqualTo(new Period(Period.Kind.MONTH, LocalDate.of(2031, 2, 1)));
    }

    @Test
    void withAQuarterlyCadenceThePeriodIsTheCalendarQuarterInTheCompanysZone() {
        withCadence(Cadence.QUARTERLY, () -> {
            // Kyiv is UTC+3 in summer: 21:00 UTC on 30 June is 1 July there.
            clock.set(Instant.parse("2031-06-30T20:59:59Z"));
            assertThat(runAs.user("max", () -> assessments.current().period()))
                    .isEqualTo(new Period(Period.Kind.QUARTER, LocalDate.of(2031, 4, 1)));
            clock.set(Instant.parse("2031-06-30T21:00:00Z"));
            var period = runAs.user("max", () -> assessments.current().period());
            assertThat(period).isEqualTo(new Period(Period.Kind.QUARTER, LocalDate.of(2031, 7, 1)));
            assertThat(period.end()).isEqualTo(LocalDate.of(2031, 10, 1));
            assertThat(period.number()).isEqualTo(3);
        });
        assertThat(runAs.user("max", () -> assessments.currentPeriod().kind())).isEqualTo(Period.Kind.MONTH);
    }

    @Test
    void periodsKnowTheirNeighboursAcrossTheYear() {
        var december = Period.containing(Period.Kind.MONTH, LocalDate.of(2030, 12, 31));
        assertThat(december.next()).isEqualTo(new Period(Period.Kind.MONTH, LocalDate.of(2031, 1, 1)));
        var q1 = Period.containing(Period.Kind.QUARTER, LocalDate.of(2031, 3, 31));
        assertThat(q1.start()).isEqualTo(LocalDate.of(2031, 1, 1));
        assertThat(q1.previous()).isEqualTo(new Period(Period.Kind.QUARTER, LocalDate.of(2030, 10, 1)));
        assertThatThrownBy(() -> new Period(Period.Kind.QUARTER, LocalDate.of(2031, 2, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aManagerSavesADraftComesBackAndFindsIt() {
        clock.set(Instant.parse("2031-03-10T09:00:00Z"));
        runAs.user("max", () -> {
            var fresh = assessments.current();
            assertThat(fresh.status()).isEqualTo(AssessmentStatus.NOT_STARTED);
            assertThat(assessments.isDue()).isTrue();
            var saved = assessments.saveDraft(draft(fresh.period(), null, "Half-way thoughts"));
            assertThat(saved.status()).isEqualTo(AssessmentStatus.DRAFT);

            clock.set(Instant.parse("2031-03-12T09:00:00Z"));
            var again = assessments.current();
            assertThat(again.answers().getFirst()).isEqualTo(new Answer(4, "Half-way thoughts"));
            assertThat(again.version()).isEqualTo(saved.version());
            assertThat(assessments.isDue()).as("a draft is not a submission").isTrue();
        });
    }

    @Test
    void thereIsOneAssessmentPerManagerPerPeriodAndAStaleFormIsRefused() {
        clock.set(Instant.parse("2031-04-10T09:00:00Z"));
        runAs.user("max", () -> {
            var period = assessments.current().period();
            var first = assessments.saveDraft(draft(period, null, "First tab"));
            assertThatThrownBy(() -> assessments.saveDraft(draft(period, null, "Second tab, started blank")))
                    .isInstanceOf(OptimisticLockingFailureException.class);
            var second = assessments.saveDraft(draft(period, first.version(), "First tab, later"));
            assertThatThrownBy(() -> assessments.saveDraft(draft(period, first.version(), "Stale")))
                    .isInstanceOf(OptimisticLockingFailureException.class);
            assertThat(assessments.current().answers().getFirst().reflection()).isEqualTo("First tab, later");
            assertThat(second.version()).isGreaterThan(first.version());
        });
    }

    @Test
    void submittingNeedsEveryScoreAndACommitment() {
        clock.set(Instant.parse("2031-05-10T09:00:00Z"));
        runAs.user("max", () -> {
            var period = assessments.current().period();
            assertThatThrownBy(() -> assessments.submit(draft(period, null, "Not finished")))
                    .isInstanceOf(AssessmentException.class).hasMessage("assessment.score.required")
                    .extracting(e -> ((AssessmentException) e).field()).isEqualTo("score2");
            var noCommitment = new SaveAssessment(period, null, List.of(new Answer(3, ""), new Answer(3, ""),
                    new Answer(3, "")), "  ", Kept.YES, "");
            assertThatThrownBy(() -> assessments.submit(noCommitment))
                    .isInstanceOf(AssessmentException.class).hasMessage("assessment.commitment.required");
            assertThat(assessments.current().status()).as("nothing was stored")
                    .isEqualTo(AssessmentStatus.NOT_STARTED);
        });
    }

    @Test
    void aScoreOutsideOneToFiveIsRefused() {
        clock.set(Instant.parse("2031-05-11T09:00:00Z"));
        runAs.user("max", () -> {
            var period = assessments.current().period();
            var wrong = new SaveAssessment(period, null, List.of(new Answer(6, ""), Answer.empty(), Answer.empty()),
                    "", null, "");
            assertThatThrownBy(() -> assessments.saveDraft(wrong))
                    .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        });
    }

    @Test
    void aSubmittedAssessmentCanBeImprovedWhileThePeriodRunsAndIsReadOnlyAfterwards() {
        clock.set(Instant.parse("2031-06-03T09:00:00Z"));
        runAs.user("max", () -> {
            var period = assessments.current().period();
            var submitted = assessments.submit(complete(period, null, "June", 3, 4, 2));
            assertThat(submitted.submitted()).isTrue();
            assertThat(submitted.submittedAt()).isEqualTo(Instant.parse("2031-06-03T09:00:00Z"));
            assertThat(assessments.isDue()).isFalse();
            assertThatThrownBy(() -> assessments.saveDraft(draft(period, submitted.version(), "back to draft")))
                    .isInstanceOf(AssessmentException.class).hasMessage("assessment.error.alreadySubmitted");

            clock.set(Instant.parse("2031-06-20T09:00:00Z"));
            var improved = assessments.submit(complete(period, submitted.version(), "June, better", 3, 4, 3));
            assertThat(improved.answers().get(2).score()).isEqualTo(3);
            assertThat(improved.submittedAt()).as("first submission is kept")
                    .isEqualTo(Instant.parse("2031-06-03T09:00:00Z"));

            // 1 July in Kyiv: June has ended
            clock.set(Instant.parse("2031-06-30T21:00:00Z"));
            assertThatThrownBy(() -> assessments.submit(complete(period, improved.version(), "too late", 5, 5, 5)))
                    .isInstanceOf(AssessmentException.class).hasMessage("assessment.error.periodEnded");
            var july = assessments.current();
            assertThat(july.period().start()).isEqualTo(LocalDate.of(2031, 7, 1));
            assertThat(july.status()).isEqualTo(AssessmentStatus.NOT_STARTED);
        });
    }

    @Test
    void aDraftLeftInAPastPeriodCanNoLongerBeSubmitted() {
        clock.set(Instant.parse("2031-08-30T09:00:00Z"));
        runAs.user("max", () -> {
            var august = assessments.current().period();
            var draft = assessments.saveDraft(draft(august, null, "Forgot to submit"));
            clock.set(Instant.parse("2031-09-02T09:00:00Z"));
            assertThatThrownBy(() -> assessments.submit(complete(august, draft.version(), "late", 4, 4, 4)))
                    .isInstanceOf(AssessmentException.class).hasMessage("assessment.error.periodEnded");
            assertThat(assessments.current().period().start()).isEqualTo(LocalDate.of(2031, 9, 1));
        });
    }

    @Test
    void whenANewPeriodStartsLastCommitmentComesFirstAndMustBeReviewedBeforeSubmitting() {
        clock.set(Instant.parse("2032-01-15T09:00:00Z"));
        runAs.user("max", () -> {
            var january = assessments.current().period();
            assessments.submit(complete(january, null, "January", 2, 3, 3));

            clock.set(Instant.parse("2032-02-02T09:00:00Z"));
            var february = assessments.current();
            assertThat(february.previous()).isEqualTo(new PreviousCommitment(january, "January commitment"));
            var unreviewed = new SaveAssessment(february.period(), null, List.of(new Answer(3, ""),
                    new Answer(3, ""), new Answer(3, "")), "Greet every customer by name", null, "");
            assertThatThrownBy(() -> assessments.submit(unreviewed)).isInstanceOf(AssessmentException.class)
                    .hasMessage("assessment.review.required");
            var reviewed = new SaveAssessment(february.period(), null, unreviewed.answers(),
                    unreviewed.commitment(), Kept.NO, "The week of the stocktake ate it");
            var saved = assessments.submit(reviewed);
            assertThat(saved.kept()).isEqualTo(Kept.NO);
            assertThat(saved.reviewNote()).isEqualTo("The week of the stocktake ate it");
        });
    }

    @Test
    void theTrendShowsTheManagersSubmittedScoresOverTheLastPeriods() {
        clock.set(Instant.parse("2032-04-10T09:00:00Z"));
        submitAs("max", 2, 3, 2);
        clock.set(Instant.parse("2032-05-10T09:00:00Z"));
        submitAs("max", 3, 4, 4);
        var history = runAs.user("max", () -> assessments.history());
        assertThat(history.periods()).hasSize(AssessmentService.HISTORY_PERIODS);
        assertThat(history.periods().getLast().start()).isEqualTo(LocalDate.of(2032, 5, 1));
        assertThat(history.submitted()).extracting(PeriodScores::period).extracting(Period::start)
                .contains(LocalDate.of(2032, 4, 1), LocalDate.of(2032, 5, 1)).isSorted();
        assertThat(history.submitted().getLast().scores()).containsExactly(3, 4, 4);
        assertThat(history.evidence()).as("one series per feature that provides evidence, none faked")
                .hasSize(context.getBeansOfType(TeamEvidence.class).size());
    }

    @Test
    void aManagersAnswersAreReadByThatManagerAlone() {
        clock.set(Instant.parse("2032-07-10T09:00:00Z"));
        var secret = "Private reflection " + System.nanoTime();
        runAs.user("max", () -> {
            var period = assessments.current().period();
            assessments.submit(new SaveAssessment(period, null, List.of(new Answer(2, secret), new Answer(4, secret),
                    new Answer(3, secret)), secret, Kept.YES, secret));
        });
        assertThat(runAs.user("max", () -> assessments.current().toString())).contains(secret);
        assertThat(runAs.user("max", () -> assessments.history().toString())).contains(secret);

        // his own manager and a fellow manager see their own (empty) assessments, never his
        for (var other : List.of("iryna.melnyk", "taras.hnatiuk")) {
            assertThat(runAs.user(other, () -> assessments.current().toString())).as(other).doesNotContain(secret);
            assertThat(runAs.user(other, () -> assessments.history().toString())).as(other).doesNotContain(secret);
        }
        // HR sees participation and aggregates only
        assertThatThrownBy(() -> runAs.user("olena", () -> assessments.current())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user("olena", () -> assessments.history())).isInstanceOf(AccessDeniedException.class);
        var overview = runAs.user("olena", () -> assessments.overview());
        assertThat(overview.toString()).doesNotContain(secret);
        assertThat(overview.managers()).filteredOn(m -> m.name().equals("Maksym Shevchenko"))
                .extracting(ManagerParticipation::submitted).containsExactly(true);
        // an admin has no business here at all
        assertThatThrownBy(() -> runAs.user("admin", () -> assessments.current())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user("admin", () -> assessments.history())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user("admin", () -> assessments.overview())).isInstanceOf(AccessDeniedException.class);
        // an employee neither
        assertThatThrownBy(() -> runAs.user("anna", () -> assessments.current())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user("anna", () -> assessments.overview())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void hrSeesADepartmentsAveragesOnlyOnceThreeOfItsManagersAnswered() {
        clock.set(Instant.parse("2032-09-10T09:00:00Z"));
        submitAs("max", 2, 3, 4);
        submitAs("taras.hnatiuk", 4, 3, 4);
        submitAs("dmytro.kravchenko", 5, 5, 5);
        var two = management(runAs.user("olena", () -> assessments.overview()));
        assertThat(two.submitted()).isEqualTo(2);
        assertThat(two.shown()).as("two managers could recognise each other's answers").isFalse();

        submitAs("svitlana.moroz", 3, 3, 3);
        var overview = runAs.user("olena", () -> assessments.overview());
        var three = management(overview);
        assertThat(three.shown()).isTrue();
        assertThat(three.averages()).containsExactly(3.0, 3.0, 3.7);
        assertThat(overview.departments()).filteredOn(d -> d.department().equals("Customer Care"))
                .allSatisfy(d -> assertThat(d.shown()).isFalse());
        assertThat(overview.minGroup()).isEqualTo(3);
        assertThat(overview.managers()).filteredOn(m -> m.name().equals("Yurii Savchenko"))
                .extracting(ManagerParticipation::submitted).containsExactly(false);
        assertThat(overview.submittedCount()).isEqualTo(4);
    }

    private static DepartmentScores management(Overview overview) {
        return overview.departments().stream().filter(d -> d.department().equals("Management")).findFirst()
                .orElseThrow();
    }

    @Test
    void hrChangesTheCadenceAndASecondStaleChangeIsRefused() {
        var before = runAs.user("olena", () -> assessments.overview());
        var changed = runAs.user("olena", () -> assessments.changeCadence(Cadence.QUARTERLY, before.settingVersion()));
        try {
            assertThat(changed.cadence()).isEqualTo(Cadence.QUARTERLY);
            assertThat(changed.period().kind()).isEqualTo(Period.Kind.QUARTER);
            assertThatThrownBy(() -> runAs.user("olena", () -> assessments.changeCadence(Cadence.MONTHLY,
                    before.settingVersion()))).isInstanceOf(OptimisticLockingFailureException.class);
            assertThatThrownBy(() -> runAs.user("max", () -> assessments.changeCadence(Cadence.MONTHLY,
                    changed.settingVersion()))).isInstanceOf(AccessDeniedException.class);
        } finally {
            runAs.user("olena", () -> assessments.changeCadence(before.cadence(), changed.settingVersion()));
        }
    }
}
