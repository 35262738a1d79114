package org.reciprocity.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.reciprocity.people.Directory;
import org.reciprocity.reporting.ReportKind;
import org.reciprocity.review.CaseDetails;
import org.reciprocity.review.CaseWorkflow;
import org.reciprocity.review.ReviewQueue;
import org.reciprocity.security.CurrentUser;
import org.reciprocity.security.Roles;
import org.reciprocity.shared.CorrectableException;
import org.reciprocity.shared.ui.Notices;
import org.reciprocity.shared.ui.UserTime;
import org.reciprocity.shared.ui.ViewHeader;
import org.reciprocity.shared.ui.Violations;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One report as HR handles it, in sections (the report, the conversation, assignment, the people it concerns, the
 * staff member's care, notes, the trail) built once per case. Each section fires typed events; this view turns them
 * into calls of {@link CaseWorkflow} and shows the resulting case in every section, which keeps what anyone typed
 * elsewhere. Admin reads only: the case's read model says what the reader may do.
 */
@Route("review/:id(\\d+)")
@RolesAllowed({Roles.HR, Roles.ADMIN})
class ReviewCaseView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final CaseWorkflow workflow;
    private final ReviewQueue queue;
    private final Directory directory;
    private final UserTime time;
    private final Clock clock;
    private final @Nullable Long myEmployeeId;
    private final long myAccountId;
    private long reportId = -1;
    @Nullable CaseDetails details;

    // the parts of the page; package-private for the view tests
    final CaseActionsBar actions;
    final PublishingNote publishing = new PublishingNote();
    private final FlexLayout statusBar = new FlexLayout();
    private List<CaseSection> sections = List.of();
    @Nullable ConversationSection conversation;
    @Nullable NotesSection notes;
    @Nullable AssignmentSection assignment;
    @Nullable PeopleSection people;
    @Nullable StaffCareSection staff;
    @Nullable TrailSection trail;
    @Nullable Notification conflict;

    ReviewCaseView(CaseWorkflow workflow, ReviewQueue queue, Directory directory, UserTime time, Clock clock,
                   CurrentUser currentUser) {
        this.workflow = workflow;
        this.queue = queue;
        this.directory = directory;
        this.time = time;
        this.clock = clock;
        var me = currentUser.require();
        this.myEmployeeId = me.employeeId();
        this.myAccountId = me.accountId();
        this.actions = new CaseActionsBar(time, clock);
        addClassNames("view", "review-case");
        statusBar.addClassName("review-status-bar");
        actions.addMoveListener(e -> act(e.getSource(),
                () -> workflow.move(reportId, version(), e.to(), e.reason()), Keys.moved(e.to())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id").orElse(0L);
        if (id != reportId) {
            reportId = id;
            build(workflow.open(reportId).orElse(null));
        } else {
            reload();
        }
    }

    /** Shows the case as it is now, keeping whatever was typed. */
    void reload() {
        details = workflow.open(reportId).orElse(null);
        showAll();
    }

    private void build(@Nullable CaseDetails c) {
        removeAll();
        details = c;
        var back = new Button(getTranslation("review.case.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> UI.getCurrent().navigate(ReviewQueueView.class));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (c == null) {
            sections = List.of();
            add(new ViewHeader(getTranslation("review.case.notFound"), back));
            return;
        }
        var r = c.report();
        add(new ViewHeader(getTranslation("review.case.title", r.id()), back)
                .withLead(getTranslation(Keys.kind(r.kind())) + " · " + r.locationName()), statusBar, actions,
                publishing);
        var report = new ReportSection(time);
        conversation = new ConversationSection(time, "review.reply." + r.id() + "." + myAccountId);
        assignment = new AssignmentSection(queue.hrPeople(), myEmployeeId);
        people = new PeopleSection((pageable, text) -> directory.pick(text, pageable));
        notes = new NotesSection(time, "review.note." + r.id() + "." + myAccountId);
        trail = new TrailSection(time);
        staff = r.kind() == ReportKind.STAFF_MISTREATED ? new StaffCareSection() : null;
        listen(conversation, assignment, people, notes, staff);
        var left = column(report, conversation);
        var right = staff == null ? column(assignment, people, notes, trail)
                : column(assignment, people, staff, notes, trail);
        var columns = new Div(left, right);
        columns.addClassName("review-columns");
        add(columns);
        sections = staff == null ? List.of(report, conversation, assignment, people, notes, trail)
                : List.of(report, conversation, assignment, people, staff, notes, trail);
        showAll();
    }

    private void listen(ConversationSection conversation, AssignmentSection assignment, PeopleSection people,
                        NotesSection notes, @Nullable StaffCareSection staff) {
        conversation.addReplyListener(e -> act(e.getSource(), () -> workflow.reply(reportId, e.text()),
                "review.replied"));
        notes.addNoteListener(e -> act(e.getSource(), () -> workflow.note(reportId, e.text()), "review.noted"));
        assignment.addAssignListener(e -> act(e.getSource(),
                () -> workflow.assign(reportId, version(), e.employeeId()), "review.assigned"));
        people.addLinkListener(e -> act(e.getSource(), () -> e.linked()
                        ? workflow.link(reportId, version(), e.employeeId())
                        : workflow.unlink(reportId, version(), e.employeeId()),
                e.linked() ? "review.linked" : "review.unlinked"));
        if (staff != null) {
            staff.addOutcomeListener(e -> act(e.getSource(),
                    () -> workflow.recordOutcome(reportId, version(), e.outcome(), e.note()), "review.outcome.saved"));
            staff.addDignityListener(e -> act(e.getSource(),
                    () -> workflow.recogniseDignity(reportId, version(), e.employeeId()), "review.dignity.saved"));
        }
    }

    private static Div column(Component... parts) {
        var column = new Div(parts);
        column.addClassName("review-column");
        return column;
    }

    private void showAll() {
        var c = details;
        if (c == null) {
            return;
        }
        statusBar.removeAll();
        var status = new Span(getTranslation(Keys.status(c.status())));
        status.addClassNames("badge", "review-status");
        statusBar.add(status, Due.badge(this, c.dueAt(), clock.instant()));
        statusBar.add(c.acknowledgedAt() == null
                ? fact("review.column.acknowledgeBy", time.dateTime(c.acknowledgeBy()))
                : fact("review.case.acknowledgedAt", time.dateTime(c.acknowledgedAt())));
        statusBar.add(c.answeredAt() == null
                ? fact("review.column.answerBy", time.dateTime(c.answerBy()))
                : fact("review.case.answeredAt", time.dateTime(c.answeredAt())));
        actions.show(c);
        publishing.show(c);
        sections.forEach(section -> section.show(c));
    }

    private Component fact(String key, String value) {
        var label = new Span(getTranslation(key) + ": ");
        label.addClassName("muted");
        return new Span(label, new Span(value));
    }

    private long version() {
        var c = details;
        return c == null ? -1 : c.version();
    }

    /**
     * Runs what a part asked for. Done: the part forgets its draft and every part shows the new case. Refused: the
     * reason next to the part's field (or in a notice). A conflict offers to reload, overwriting nothing.
     */
    void act(CasePart from, Supplier<CaseDetails> change, String doneKey) {
        try {
            details = change.get();
            from.done();
            showAll();
            Notices.success(getTranslation(doneKey));
        } catch (OptimisticLockingFailureException stale) {
            showConflict();
        } catch (CorrectableException refused) {
            Violations.show(refused, from.fields(), this::getTranslation);
        } catch (ConstraintViolationException invalid) {
            if (!Violations.show(invalid, from.fields(), this::getTranslation)) {
                Notices.error(getTranslation("error.invalid"));
            }
        }
    }

    private void showConflict() {
        conflict = Notices.warning(getTranslation("review.conflict"), getTranslation("review.conflict.reload"), () -> {
            conflict = null;
            reload();
        });
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("review.queue.title")
                : getTranslation("review.case.title", details.reportId());
    }
}
