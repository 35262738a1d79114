package org.reciprocity.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reciprocity.MutableClock;
import org.reciprocity.assessment.Answer;
import org.reciprocity.assessment.AssessmentService;
import org.reciprocity.assessment.AssessmentStatus;
import org.reciprocity.assessment.Kept;
import org.reciprocity.assessment.SaveAssessment;
import org.reciprocity.shared.TeamEvidence;
import org.reciprocity.shared.ui.HomeNotice;
import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The manager's form and trend, and HR's overview, as people use them. Months of 2033 are this test's own. */
@SpringBootTest
class AssessmentViewTest extends SpringBrowserlessTest {

    @Autowired
    AssessmentService assessments;

    @Autowired
    MutableClock clock;

    @Autowired
    List<HomeNotice> notices;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void answerAll(AssessmentView view, String text) {
        for (var i = 0; i < 3; i++) {
            test(view.scores.get(i)).selectItem(view.scores.get(i).getItemLabelGenerator().apply(3 + i % 2));
            test(view.reflections.get(i)).setValue(text + " " + i);
        }
        test(view.commitment).setValue(text + " commitment");
        if (view.kept.getParent().isPresent()) {
            test(view.kept).selectItem("Partly");
        }
    }

    @Test
    @WithUserDetails("max")
    void aManagerReadsTheThreeQuestionsWithTheirWordedAnchors() {
        clock.set(Instant.parse("2033-01-12T09:00:00Z"));
        var view = navigate(AssessmentView.class);
        assertThat(find(H2.class).withText("What emotional connection is there now between us and our customers?")
                .exists()).isTrue();
        assertThat(find(H2.class).withText("Do we have an emotional connection with our employees?").exists()).isTrue();
        assertThat(find(H2.class).withText("Do I, as a manager, create this connection with my employees and customers?")
                .exists()).isTrue();
        assertThat(view.scores).hasSize(3);
        assertThat(view.scores.getFirst().getItemLabelGenerator().apply(1)).startsWith("1 — None:");
        assertThat(view.scores.get(2).getItemLabelGenerator().apply(5)).startsWith("5 — Every day, by example:");
        assertThat(view.scores.getFirst().getLabel()).isEqualTo("Your score");
    }

    @Test
    @WithUserDetails("max")
    void aManagerSavesADraftThenSubmitsAndLandsOnTheTrendWithTheNewPoint() {
        clock.set(Instant.parse("2033-02-10T09:00:00Z"));
        var view = navigate(AssessmentView.class);
        answerAll(view, "February view test");
        test(view.saveDraft).click();
        assertThat(assessments.current().status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(assessments.current().answers().getFirst().reflection()).isEqualTo("February view test 0");

        navigate(AssessmentHistoryView.class); // the router would reuse the open view
        view = navigate(AssessmentView.class);
        assertThat(view.reflections.getFirst().getValue()).as("the draft comes back").isEqualTo("February view test 0");
        test(view.submit).click();
        assertThat(find(ConfirmDialog.class).single().isOpened()).isTrue();
        view.doSubmit();

        assertThat(assessments.current().status()).isEqualTo(AssessmentStatus.SUBMITTED);
        var history = (AssessmentHistoryView) getCurrentView();
        assertThat(history.scores.spec()).contains("\"Feb 33\"").endsWith("\"min\":1.0,\"max\":5.0}");
        assertThat(history.scores.spec()).contains("null,3]").as("the last point is February's score");
    }

    @Test
    @WithUserDetails("max")
    void submittingAnIncompleteAssessmentMarksWhatIsMissingAndStoresNothing() {
        clock.set(Instant.parse("2033-03-10T09:00:00Z"));
        var view = navigate(AssessmentView.class);
        test(view.scores.getFirst()).selectItem(view.scores.getFirst().getItemLabelGenerator().apply(2));
        test(view.submit).click();
        assertThat(view.scores.get(1).isInvalid()).isTrue();
        assertThat(view.scores.get(1).getErrorMessage()).isEqualTo("Choose a score.");
        assertThat(view.commitment.isInvalid()).isTrue();
        assertThat(find(ConfirmDialog.class).exists()).isFalse();
        assertThat(assessments.current().status()).isEqualTo(AssessmentStatus.NOT_STARTED);
    }

    @Test
    @WithUserDetails("max")
    void aSubmittedAssessmentIsChangedUntilThePeriodEndsAndLastCommitmentComesFirstInTheNext() {
        clock.set(Instant.parse("2033-04-10T09:00:00Z"));
        var april = assessments.current();
        assessments.submit(new SaveAssessment(april.period(), null, List.of(new Answer(2, "a"), new Answer(3, "b"),
                new Answer(4, "c")), "Thank one person every day, by name", Kept.YES, ""));
        var view = navigate(AssessmentView.class);
        assertThat(view.saveDraft.isVisible()).as("no going back to a draft").isFalse();
        assertThat(view.submit.getText()).isEqualTo("Save changes");

        clock.set(Instant.parse("2033-05-02T09:00:00Z"));
        navigate(AssessmentHistoryView.class); // the router would reuse the open view
        view = navigate(AssessmentView.class);
        assertThat(view.kept.getParent()).as("the review of last commitment is shown").isPresent();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).all())
                .extracting(p -> p.getText()).contains("Thank one person every day, by name");
    }

    @Test
    @WithUserDetails("max")
    void theTrendListsPastPeriodsWithTheManagersOwnWords() {
        clock.set(Instant.parse("2033-06-10T09:00:00Z"));
        var june = assessments.current();
        assessments.submit(new SaveAssessment(june.period(), june.version(), List.of(new Answer(4, "June customers"),
                new Answer(4, "June team"), new Answer(5, "June me")), "June commitment", Kept.PARTLY, ""));
        var view = navigate(AssessmentHistoryView.class);
        assertThat(find(Details.class).withCondition(d -> d.getSummaryText().startsWith("June 2033")).exists())
                .isTrue();
        assertThat(view.scores.spec()).contains("\"Jun 33\"");
        var providers = context.getBeansOfType(TeamEvidence.class).size();
        if (providers == 0) {
            assertThat(view.evidence).as("no feature provides evidence: no faked series").isNull();
        } else {
            assertThat(view.evidence).isNotNull();
            assertThat(view.evidence.spec()).as("one series per provider").contains("\"Jun 33\"")
                    .containsPattern("(\"label\".*){" + providers + "}");
        }
    }

    @Test
    @WithUserDetails("max")
    void theHomePageRemindsAManagerWhoseAssessmentIsDue() {
        clock.set(Instant.parse("2033-07-10T09:00:00Z"));
        navigate(AssessmentView.class);
        var notice = notices.stream().filter(AssessmentDueNotice.class::isInstance).findFirst().orElseThrow();
        assertThat(notice.current()).hasValueSatisfying(n -> {
            assertThat(n.message()).contains("July 2033");
            assertThat(n.route()).isEqualTo("assessment");
        });
    }

    @Test
    @WithUserDetails("anna")
    void anEmployeeGetsNoReminder() {
        var notice = notices.stream().filter(AssessmentDueNotice.class::isInstance).findFirst().orElseThrow();
        assertThat(notice.current()).isEmpty();
    }

    @Test
    @WithUserDetails("olena")
    void hrSeesWhoHasSubmittedAndAveragesOnlyWhereEnoughManagersAnswered() {
        var view = navigate(AssessmentOverviewView.class);
        var managers = view.managers.getGenericDataView().getItems().toList();
        assertThat(managers).extracting(m -> m.name()).contains("Maksym Shevchenko", "Taras Hnatiuk");
        var departments = view.departments.getGenericDataView().getItems().toList();
        assertThat(departments).extracting(d -> d.department()).contains("Management", "Finance");
        var finance = departments.stream().filter(d -> d.department().equals("Finance")).findFirst().orElseThrow();
        assertThat(finance.shown()).as("one manager is never enough").isFalse();
        assertThat(view.cadence.getValue()).isNotNull();
    }
}
