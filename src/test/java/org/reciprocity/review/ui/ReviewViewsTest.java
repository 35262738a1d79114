package org.reciprocity.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reciprocity.MutableClock;
import org.reciprocity.people.Directory;
import org.reciprocity.people.EmployeeRef;
import org.reciprocity.reporting.FileReport;
import org.reciprocity.reporting.ReportFiled;
import org.reciprocity.reporting.ReportKind;
import org.reciprocity.reporting.ReportService;
import org.reciprocity.reporting.ReportStatus;
import org.reciprocity.reporting.StatusChange;
import org.reciprocity.review.AuditAction;
import org.reciprocity.review.AuditLine;
import org.reciprocity.review.CaseStatus;
import org.reciprocity.review.CaseWorkflow;
import org.reciprocity.review.CheckIns;
import org.reciprocity.review.ReviewQueue;
import org.reciprocity.shared.CompanySettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** HR's queue and report page, the manager's check-ins, used as HR and managers would. */
@SpringBootTest
@RecordApplicationEvents
class ReviewViewsTest extends SpringBrowserlessTest {

    @Autowired
    ReportService reports;
    @Autowired
    ReviewQueue reviewQueue;
    @Autowired
    CaseWorkflow workflow;
    @Autowired
    CheckIns checkIns;
    @Autowired
    Directory directory;
    @Autowired
    MutableClock clock;
    @Autowired
    CompanySettings company;
    @Autowired
    ApplicationEvents events;
    @Autowired
    UserDetailsService users;
    @Autowired
    java.util.List<org.reciprocity.shared.ui.HomeNotice> notices;
    @Autowired
    java.util.List<org.reciprocity.shared.ui.NavigationCount> counts;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Filed(long id, String code, String what) {
    }

    Filed file(ReportKind kind) {
        var what = "A story told in enough words " + UUID.randomUUID();
        var podil = directory.locationByCode("kyiv-podil").orElseThrow().id();
        var occurred = LocalDateTime.ofInstant(clock.instant(), company.timeZone()).minusHours(2).withNano(0);
        var receipt = reports.file(new FileReport(kind, podil, occurred, "The cashier with glasses", what, null,
                false, false, false, null), "review-view-" + UUID.randomUUID());
        return new Filed(events.stream(ReportFiled.class).toList().getLast().reportId(), receipt.code(), what);
    }

    ReviewCaseView openCase(long id) {
        return navigate("review/" + id, ReviewCaseView.class);
    }

    Button button(String text) {
        return find(Button.class).withText(text).single();
    }

    void signIn(String username) {
        var user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    // ------------------------------------------------------------------ the queue

    @Test
    @WithUserDetails("olena")
    void hrSeesTheMostUrgentReportFirstMarkedOverdueAndOpensIt() {
        clock.set(Instant.parse("2019-01-07T09:00:00Z"));
        var filed = file(ReportKind.CUSTOMER_MISTREATED);
        clock.reset();

        var queue = navigate(ReviewQueueView.class);
        var first = queue.grid.getDataCommunicator().getItem(0);
        assertThat(first.reportId()).as("the oldest deadline comes first").isEqualTo(filed.id());
        assertThat(first.overdue()).isTrue();
        assertThat(queue.summary.getText()).contains("overdue").contains("waiting for acknowledgement");
        assertThat(test(queue.grid).getCellText(0, 0)).startsWith("⚠ Overdue by");

        queue.open(first);
        assertThat(getCurrentView()).isInstanceOf(ReviewCaseView.class);
        assertThat(find(Span.class).withText(filed.what()).exists() || ((ReviewCaseView) getCurrentView()).details
                .report().what().equals(filed.what())).isTrue();
    }

    @Test
    @WithUserDetails("olena")
    void theAssigneeFilterFindsHrPeopleInEitherScript() {
        var queue = navigate(ReviewQueueView.class);
        test(queue.assignee).setFilter("Олена");
        assertThat(test(queue.assignee).getSuggestions()).containsExactly("Olena Bondarenko");
        test(queue.assignee).setFilter("bondar");
        assertThat(test(queue.assignee).getSuggestions()).containsExactly("Olena Bondarenko");
    }

    @Test
    @WithUserDetails("olena")
    void hrFiltersTheQueue() {
        clock.set(Instant.parse("2019-01-08T09:00:00Z"));
        var filed = file(ReportKind.STAFF_MISTREATED);
        clock.reset();
        var queue = navigate(ReviewQueueView.class);
        test(queue.kind).selectItem("Staff mistreated");
        test(queue.overdue).click();
        assertThat(queue.filter().kind()).isEqualTo(ReportKind.STAFF_MISTREATED);
        assertThat(queue.filter().overdueOnly()).isTrue();
        assertThat(queue.filters.getActiveCount()).as("what the phone's Filters button counts").isEqualTo(2);
        assertThat(queue.grid.getDataCommunicator().getItem(0).reportId()).isEqualTo(filed.id());

        test(queue.status).selectItem("Resolved");
        assertThat(reviewQueue.queue(queue.filter(), PageRequest.of(0, 500))).extracting(r -> r.reportId())
                .doesNotContain(filed.id());
    }

    @Test
    @WithUserDetails("olena")
    void onAPhoneEachReportIsOneCompactRowWithTheEssentials() {
        clock.set(Instant.parse("2043-03-02T09:00:00Z"));
        var filed = file(ReportKind.STAFF_MISTREATED);
        clock.set(Instant.parse("2043-03-05T12:00:00Z"));
        var queue = navigate(ReviewQueueView.class);
        assertThat(queue.grid.getColumns()).filteredOn(c -> c.isVisible()).extracting(c -> c.getKey())
                .as("a wide screen: every column").containsExactly("dueAt", "report", "status", "filedAt",
                        "deadlines", "assignee");

        queue.columns.fit(375);
        assertThat(queue.grid.getColumns()).filteredOn(c -> c.isVisible()).extracting(c -> c.getKey())
                .containsExactly("compact");
        var row = rowOf(queue, filed.id());
        var grid = test(queue.grid);
        assertThat(grid.getLitRendererPropertyValue(row, "compact", "kind", String.class))
                .isEqualTo("Staff mistreated");
        assertThat(grid.getLitRendererPropertyValue(row, "compact", "due", String.class)).startsWith("⚠ Overdue by");
        assertThat(grid.getLitRendererPropertyValue(row, "compact", "dueClass", String.class))
                .contains("review-overdue");
        assertThat(grid.getLitRendererPropertyValue(row, "compact", "meta", String.class))
                .isEqualTo("Kyiv — Podil store · New · received 3 d ago");

        queue.columns.fit(1280);
        assertThat(queue.grid.getColumns()).filteredOn(c -> c.isVisible()).hasSize(6);
    }

    @Test
    @WithUserDetails("olena")
    void enterOpensTheRowThatHasTheKeyboardFocus() {
        clock.set(Instant.parse("2043-03-01T09:00:00Z"));
        var filed = file(ReportKind.CUSTOMER_MISTREATED);
        clock.reset();
        var queue = navigate(ReviewQueueView.class);
        var row = rowOf(queue, filed.id());
        var item = queue.grid.getDataCommunicator().getItem(row);
        var key = queue.grid.getDataCommunicator().getKeyMapper().key(item);

        com.vaadin.browserless.internal.ShortcutsKt._fireShortcut(queue.grid, com.vaadin.flow.component.Key.ENTER);
        assertThat(getCurrentView()).as("nothing focused yet").isInstanceOf(ReviewQueueView.class);

        com.vaadin.flow.component.ComponentUtil.fireEvent(queue.grid,
                new com.vaadin.flow.component.grid.CellFocusEvent<>(queue.grid, true, key, null, "body"));
        com.vaadin.browserless.internal.ShortcutsKt._fireShortcut(queue.grid, com.vaadin.flow.component.Key.ENTER);
        assertThat(getCurrentView()).isInstanceOf(ReviewCaseView.class);
        assertThat(((ReviewCaseView) getCurrentView()).details.reportId()).isEqualTo(filed.id());
    }

    /** The row of the report in the queue as shown (its position in the lazy grid). */
    private static int rowOf(ReviewQueueView queue, long reportId) {
        var communicator = queue.grid.getDataCommunicator();
        for (var i = 0; i < communicator.getItemCount(); i++) {
            if (communicator.getItem(i).reportId() == reportId) {
                return i;
            }
        }
        throw new AssertionError("report " + reportId + " is not in the queue");
    }

    @Test
    @WithUserDetails("olena")
    void theNavigationCountsReportsWaitingForAcknowledgement() {
        var review = counts.stream().filter(c -> c.path().equals("review")).findFirst().orElseThrow();
        var before = review.count();
        var filed = file(ReportKind.PRAISE);
        assertThat(review.count()).isEqualTo(before + 1);
        workflow.move(filed.id(), workflow.open(filed.id()).orElseThrow().version(), CaseStatus.ACKNOWLEDGED,
                null);
        assertThat(review.count()).isEqualTo(before);
    }

    // ------------------------------------------------------------------ one report

    @Test
    @WithUserDetails("olena")
    void hrAcknowledgesAndRepliesAndTheReporterSeesBothWithTheirCode() {
        var filed = file(ReportKind.PRAISE);
        var view = openCase(filed.id());
        assertThat(view.actions.moves).extracting(Button::getText).containsExactlyInAnyOrder("Acknowledge", "Dismiss…");

        test(button("Acknowledge")).click();
        assertThat(view.details.status()).isEqualTo(CaseStatus.ACKNOWLEDGED);
        assertThat(view.actions.moves).extracting(Button::getText).containsExactlyInAnyOrder("Start review", "Dismiss…");

        test(view.conversation.reply).setValue("Thank you! We will pass your words on to her.");
        test(button("Send reply")).click();

        var seen = reports.lookup(filed.code(), "review-view-" + UUID.randomUUID()).orElseThrow();
        assertThat(seen.status()).isEqualTo(ReportStatus.ACKNOWLEDGED);
        assertThat(seen.history()).extracting(StatusChange::status)
                .containsExactly(ReportStatus.RECEIVED, ReportStatus.ACKNOWLEDGED);
        assertThat(seen.messages()).extracting(m -> m.text())
                .containsExactly("Thank you! We will pass your words on to her.");
        assertThat(view.details.trail()).extracting(AuditLine::action)
                .containsExactly(AuditAction.STATUS, AuditAction.REPLY);
    }

    @Test
    @WithUserDetails("olena")
    void whatHrIsTypingInOneSectionSurvivesAnActionInAnother() {
        var filed = file(ReportKind.STAFF_MISTREATED);
        var view = openCase(filed.id());
        test(view.conversation.reply).setValue("We are sorry this happened to you.");
        test(view.notes.note).setValue("Ask the store manager for the camera recording.");
        test(view.staff.outcomeNote).setValue("Told the customer threats are not accepted.");

        test(button("Assign to me")).click();
        test(button("Acknowledge")).click();

        assertThat(view.details.assignee()).isNotNull();
        assertThat(view.details.status()).isEqualTo(CaseStatus.ACKNOWLEDGED);
        assertThat(view.conversation.reply.getValue()).isEqualTo("We are sorry this happened to you.");
        assertThat(view.notes.note.getValue()).isEqualTo("Ask the store manager for the camera recording.");
        assertThat(view.staff.outcomeNote.getValue()).isEqualTo("Told the customer threats are not accepted.");

        test(button("Send reply")).click();
        assertThat(view.conversation.reply.getValue()).as("sent, so the box is empty again").isEmpty();
        assertThat(view.notes.note.getValue()).isEqualTo("Ask the store manager for the camera recording.");
        assertThat(find(Notification.class).all()).filteredOn(Notification::isOpened).extracting(n -> test(n).getText())
                .as("three actions, one notice: none stack over the reply box")
                .containsExactly("Reply sent. The reporter reads it with their code.");
    }

    @Test
    @WithUserDetails("olena")
    void anEmptyReplyIsRefusedNextToTheBox() {
        var view = openCase(file(ReportKind.PRAISE).id());
        test(button("Send reply")).click();
        assertThat(view.conversation.reply.isInvalid()).isTrue();
        assertThat(view.conversation.reply.getErrorMessage()).isEqualTo("Write the reply.");
        assertThat(view.details.report().messages()).isEmpty();
    }

    @Test
    @WithUserDetails("olena")
    void dismissingAsksForAReason() {
        var filed = file(ReportKind.CUSTOMER_MISTREATED);
        var view = openCase(filed.id());
        test(button("Dismiss…")).click();
        assertThat(view.actions.dismissDialog.isOpened()).isTrue();
        test(find(Button.class).withText("Dismiss…").all().getLast()).click();
        assertThat(view.actions.dismissReason.isInvalid()).isTrue();
        assertThat(view.details.status()).isEqualTo(CaseStatus.NEW);

        test(view.actions.dismissReason).setValue("The same visit was reported twice.");
        test(find(Button.class).withText("Dismiss…").all().getLast()).click();
        assertThat(view.details.status()).isEqualTo(CaseStatus.DISMISSED);
        assertThat(view.actions.moves).isEmpty();
        assertThat(view.conversation.reply.isVisible()).as("a closed report can still be answered").isTrue();
    }

    @Test
    @WithUserDetails("olena")
    void aSecondHrPersonsChangeMeetsAConflictAndReloads() {
        var filed = file(ReportKind.PRAISE);
        var view = openCase(filed.id());
        // meanwhile a colleague assigns it
        var hr = reviewQueue.hrPeople().getFirst();
        workflow.assign(filed.id(), workflow.open(filed.id()).orElseThrow().version(), hr.id());

        test(button("Acknowledge")).click();
        assertThat(view.conflict).as("conflict offered with a reload").isNotNull();
        assertThat(workflow.open(filed.id()).orElseThrow().status()).isEqualTo(CaseStatus.NEW);

        test(button("Reload")).click();
        assertThat(view.details.assignee()).isEqualTo(hr);
        test(button("Acknowledge")).click();
        assertThat(view.details.status()).isEqualTo(CaseStatus.ACKNOWLEDGED);
    }

    @Test
    @WithUserDetails("olena")
    void hrRecognisesAStaffMemberWhoKeptTheirDignityAndTheirManagerChecksIn() {
        var andrii = directory.pick("Andrii Polishchuk", PageRequest.of(0, 1)).getFirst();
        var filed = file(ReportKind.STAFF_MISTREATED);
        var view = openCase(filed.id());
        view.people.linkPicker.setValue(new EmployeeRef(andrii.id(), andrii.fullName(), andrii.jobTitle()));
        assertThat(view.details.linked()).extracting(EmployeeRef::fullName).containsExactly("Andrii Polishchuk");

        test(view.staff.outcome).selectItem("Served by a manager");
        test(button("Save outcome")).click();
        test(button("Andrii Polishchuk kept their dignity")).click();
        assertThat(view.details.dignity()).containsExactly(andrii.id());
        assertThat(find(Button.class).withText("Andrii Polishchuk kept their dignity").exists()).isFalse();

        signIn("max");
        assertThat(notices.stream().map(n -> n.current()).flatMap(java.util.Optional::stream)
                .filter(n -> n.route().equals("check-ins")))
                .as("the home page asks Max to check in").singleElement()
                .satisfies(n -> assertThat(n.message()).contains("check in with"));
        var checkInsView = navigate(CheckInsView.class);
        var task = checkInsView.grid.getDataCommunicator().getItem(0);
        assertThat(task.employeeName()).isEqualTo("Andrii Polishchuk");
        assertThat(task.doneAt()).isNull();
        checkInsView.done(task);
        assertThat(checkIns.mine(PageRequest.of(0, 100))).filteredOn(t -> t.id() == task.id())
                .singleElement().satisfies(t -> assertThat(t.doneAt()).isNotNull());
    }

    @Test
    @WithUserDetails("admin")
    void anAdminReadsAReportButCannotChangeIt() {
        var filed = file(ReportKind.PRAISE);
        var view = openCase(filed.id());
        assertThat(view.details.report().what()).isEqualTo(filed.what());
        assertThat(view.actions.moves).isEmpty();
        assertThat(view.conversation.reply.isVisible()).isFalse();
        assertThat(view.notes.note.isVisible()).isFalse();
        assertThat(view.assignment.assignee.isReadOnly()).isTrue();
    }

    @Test
    @WithUserDetails("olena")
    void anUnknownReportSaysSo() {
        var view = openCase(999_999);
        assertThat(view.details).isNull();
        assertThat(find(com.vaadin.flow.component.html.H1.class).withText("This report does not exist.").exists())
                .isTrue();
    }
}
