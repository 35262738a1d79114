package org.reciprocity.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
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
import org.reciprocity.review.ReviewService;
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
    ReviewService review;
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
    void hrFiltersTheQueue() {
        clock.set(Instant.parse("2019-01-08T09:00:00Z"));
        var filed = file(ReportKind.STAFF_MISTREATED);
        clock.reset();
        var queue = navigate(ReviewQueueView.class);
        test(queue.kind).selectItem("Staff mistreated");
        test(queue.overdue).click();
        assertThat(queue.filter().kind()).isEqualTo(ReportKind.STAFF_MISTREATED);
        assertThat(queue.filter().overdueOnly()).isTrue();
        assertThat(queue.grid.getDataCommunicator().getItem(0).reportId()).isEqualTo(filed.id());

        test(queue.status).selectItem("Resolved");
        assertThat(review.queue(queue.filter(), PageRequest.of(0, 500))).extracting(r -> r.reportId())
                .doesNotContain(filed.id());
    }

    // ------------------------------------------------------------------ one report

    @Test
    @WithUserDetails("olena")
    void hrAcknowledgesAndRepliesAndTheReporterSeesBothWithTheirCode() {
        var filed = file(ReportKind.PRAISE);
        var view = openCase(filed.id());
        assertThat(view.moves).extracting(Button::getText).containsExactlyInAnyOrder("Acknowledge", "Dismiss…");

        test(button("Acknowledge")).click();
        assertThat(view.details.status()).isEqualTo(ReportStatus.ACKNOWLEDGED);
        assertThat(view.moves).extracting(Button::getText).containsExactlyInAnyOrder("Start review", "Dismiss…");

        test(view.reply).setValue("Thank you! We will pass your words on to her.");
        test(button("Send reply")).click();

        var seen = reports.lookup(filed.code(), "review-view-" + UUID.randomUUID()).orElseThrow();
        assertThat(seen.status()).isEqualTo(ReportStatus.ACKNOWLEDGED);
        assertThat(seen.history()).extracting(StatusChange::status)
                .containsExactly(ReportStatus.NEW, ReportStatus.ACKNOWLEDGED);
        assertThat(seen.messages()).extracting(m -> m.text())
                .containsExactly("Thank you! We will pass your words on to her.");
        assertThat(view.details.trail()).extracting(AuditLine::action)
                .containsExactly(AuditAction.STATUS, AuditAction.REPLY);
    }

    @Test
    @WithUserDetails("olena")
    void dismissingAsksForAReason() {
        var filed = file(ReportKind.CUSTOMER_MISTREATED);
        var view = openCase(filed.id());
        test(button("Dismiss…")).click();
        assertThat(view.dismissDialog).isNotNull();
        test(find(Button.class).withText("Dismiss…").all().getLast()).click();
        assertThat(view.dismissReason.isInvalid()).isTrue();
        assertThat(view.details.status()).isEqualTo(ReportStatus.NEW);

        test(view.dismissReason).setValue("The same visit was reported twice.");
        test(find(Button.class).withText("Dismiss…").all().getLast()).click();
        assertThat(view.details.status()).isEqualTo(ReportStatus.DISMISSED);
        assertThat(view.moves).isEmpty();
        assertThat(view.reply).as("a closed report can still be answered").isNotNull();
    }

    @Test
    @WithUserDetails("olena")
    void aSecondHrPersonsChangeMeetsAConflictAndReloads() {
        var filed = file(ReportKind.PRAISE);
        var view = openCase(filed.id());
        // meanwhile a colleague assigns it
        var hr = review.hrPeople().getFirst();
        review.assign(filed.id(), review.open(filed.id()).orElseThrow().version(), hr.id());

        test(button("Acknowledge")).click();
        assertThat(view.conflict).as("conflict offered with a reload").isNotNull();
        assertThat(review.open(filed.id()).orElseThrow().status()).isEqualTo(ReportStatus.NEW);

        test(button("Reload")).click();
        assertThat(view.details.assignee()).isEqualTo(hr);
        test(button("Acknowledge")).click();
        assertThat(view.details.status()).isEqualTo(ReportStatus.ACKNOWLEDGED);
    }

    @Test
    @WithUserDetails("olena")
    void hrRecognisesAStaffMemberWhoKeptTheirDignityAndTheirManagerChecksIn() {
        var anna = directory.pick("Anna Kovalenko", PageRequest.of(0, 1)).getFirst();
        var filed = file(ReportKind.STAFF_MISTREATED);
        var view = openCase(filed.id());
        view.linkPicker.setValue(new EmployeeRef(anna.id(), anna.fullName(), anna.jobTitle()));
        assertThat(view.details.linked()).extracting(EmployeeRef::fullName).containsExactly("Anna Kovalenko");

        test(view.outcome).selectItem("Served by a manager");
        test(button("Save outcome")).click();
        test(button("Anna Kovalenko kept their dignity")).click();
        assertThat(view.details.dignity()).containsExactly(anna.id());
        assertThat(find(Button.class).withText("Anna Kovalenko kept their dignity").exists()).isFalse();

        signIn("max");
        var checkIns = navigate(CheckInsView.class);
        var task = checkIns.grid.getDataCommunicator().getItem(0);
        assertThat(task.employeeName()).isEqualTo("Anna Kovalenko");
        assertThat(task.doneAt()).isNull();
        checkIns.done(task);
        assertThat(review.myCheckIns(PageRequest.of(0, 100))).filteredOn(t -> t.id() == task.id())
                .singleElement().satisfies(t -> assertThat(t.doneAt()).isNotNull());
    }

    @Test
    @WithUserDetails("admin")
    void anAdminReadsAReportButCannotChangeIt() {
        var filed = file(ReportKind.PRAISE);
        var view = openCase(filed.id());
        assertThat(view.details.report().what()).isEqualTo(filed.what());
        assertThat(view.moves).isEmpty();
        assertThat(view.reply).isNull();
        assertThat(view.note).isNull();
        assertThat(view.assignee.isReadOnly()).isTrue();
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
