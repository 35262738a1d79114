package org.reciprocity.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.reciprocity.people.Directory;
import org.reciprocity.people.EmployeeRef;
import org.reciprocity.reporting.ReportAuthor;
import org.reciprocity.reporting.ReportKind;
import org.reciprocity.reporting.ReportStatus;
import org.reciprocity.review.AuditAction;
import org.reciprocity.review.AuditLine;
import org.reciprocity.review.CaseDetails;
import org.reciprocity.review.CustomerOutcome;
import org.reciprocity.review.ReviewException;
import org.reciprocity.review.ReviewService;
import org.reciprocity.security.CurrentUser;
import org.reciprocity.security.Roles;
import org.reciprocity.shared.ui.Notices;
import org.reciprocity.shared.ui.UserTime;
import org.reciprocity.shared.ui.ViewHeader;
import org.reciprocity.shared.ui.Violations;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One report as HR handles it: what the reporter told, the deadlines, the workflow's next steps, whom it
 * concerns, the conversation with the reporter, internal notes and the audit trail. Admin reads it only.
 */
@Route("review/:id(\\d+)")
@RolesAllowed({Roles.HR, Roles.ADMIN})
class ReviewCaseView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final ReviewService review;
    private final Directory directory;
    private final UserTime time;
    private final Clock clock;
    private final @Nullable Long myEmployeeId;
    private long reportId;
    @Nullable CaseDetails details;

    // Recreated on each render; package-private for the view tests.
    final List<Button> moves = new ArrayList<>();
    @Nullable ComboBox<EmployeeRef> assignee;
    @Nullable ComboBox<EmployeeRef> linkPicker;
    @Nullable TextArea reply;
    @Nullable TextArea note;
    @Nullable Select<CustomerOutcome> outcome;
    @Nullable TextField outcomeNote;
    @Nullable Dialog dismissDialog;
    @Nullable TextArea dismissReason;
    @Nullable Notification conflict;

    ReviewCaseView(ReviewService review, Directory directory, UserTime time, Clock clock, CurrentUser currentUser) {
        this.review = review;
        this.directory = directory;
        this.time = time;
        this.clock = clock;
        this.myEmployeeId = currentUser.get().map(u -> u.employeeId()).orElse(null);
        addClassNames("view", "review-case");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reportId = event.getRouteParameters().getLong("id").orElse(0L);
        reload();
    }

    void reload() {
        details = review.open(reportId).orElse(null);
        render();
    }

    // ---------------------------------------------------------------- rendering

    private void render() {
        removeAll();
        moves.clear();
        var back = new Button(getTranslation("review.case.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> UI.getCurrent().navigate(ReviewQueueView.class));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var c = details;
        if (c == null) {
            add(new ViewHeader(getTranslation("review.case.notFound"), back));
            return;
        }
        var r = c.report();
        add(new ViewHeader(getTranslation("review.case.title", r.id()), back)
                .withLead(getTranslation(Keys.kind(r.kind())) + " · " + r.locationName()));
        add(statusBar(c));
        if (c.editable() && !c.next().isEmpty()) {
            add(actions(c));
        }
        var columns = new Div();
        columns.addClassName("review-columns");
        var left = new Div(reportSection(c), conversation(c));
        var right = new Div(assignment(c), linked(c));
        if (r.kind() == ReportKind.STAFF_MISTREATED) {
            right.add(staffMistreated(c));
        }
        right.add(notes(c), trail(c));
        left.addClassName("review-column");
        right.addClassName("review-column");
        columns.add(left, right);
        add(columns);
    }

    private Component statusBar(CaseDetails c) {
        var status = new Span(getTranslation(Keys.status(c.status())));
        status.addClassNames("badge", "review-status");
        var bar = new FlexLayout(status, Due.badge(this, c.dueAt(), clock.instant()));
        bar.add(c.acknowledgedAt() == null
                ? fact("review.column.acknowledgeBy", time.dateTime(c.acknowledgeBy()))
                : fact("review.case.acknowledgedAt", time.dateTime(c.acknowledgedAt())));
        bar.add(c.answeredAt() == null
                ? fact("review.column.answerBy", time.dateTime(c.answerBy()))
                : fact("review.case.answeredAt", time.dateTime(c.answeredAt())));
        bar.addClassName("review-status-bar");
        return bar;
    }

    private Component fact(String key, String value) {
        var label = new Span(getTranslation(key) + ": ");
        label.addClassName("muted");
        return new Span(label, new Span(value));
    }

    private Component actions(CaseDetails c) {
        var bar = new FlexLayout();
        bar.addClassName("review-actions");
        for (var to : c.next()) {
            var button = new Button(getTranslation(Keys.move(to)));
            if (to == ReportStatus.DISMISSED) {
                button.addThemeVariants(ButtonVariant.LUMO_ERROR);
                button.addClickListener(e -> openDismiss());
            } else {
                if (to == ReportStatus.ACKNOWLEDGED || to == ReportStatus.IN_REVIEW || to == ReportStatus.RESOLVED) {
                    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                }
                button.addClickListener(e -> act(() -> review.move(reportId, c.version(), to, null),
                        Keys.moved(to)));
            }
            moves.add(button);
            bar.add(button);
        }
        return bar;
    }

    private void openDismiss() {
        var c = details;
        if (c == null) {
            return;
        }
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("review.dismiss.title"));
        var reason = new TextArea(getTranslation("review.dismiss.reason"));
        reason.setHelperText(getTranslation("review.dismiss.reason.help"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        var confirm = new Button(getTranslation("review.move.DISMISSED"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("review.reason.required"));
                return;
            }
            dialog.close();
            act(() -> review.move(reportId, c.version(), ReportStatus.DISMISSED, reason.getValue()),
                    "review.moved.DISMISSED");
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("review.cancel"), e -> dialog.close());
        dialog.add(reason);
        dialog.getFooter().add(cancel, confirm);
        dismissDialog = dialog;
        dismissReason = reason;
        dialog.open();
    }

    private Component reportSection(CaseDetails c) {
        var r = c.report();
        var facts = new Div();
        facts.addClassName("review-facts");
        addFact(facts, "review.case.occurred", time.dateTime(r.occurredAt()));
        addFact(facts, "review.case.filed", time.dateTime(r.filedAt()));
        addFact(facts, "review.case.location", r.locationName());
        addFact(facts, "review.case.who", r.who());
        if (c.reporterName() != null) {
            addFact(facts, "review.case.reporter", c.reporterName());
        } else if (r.reporterEmployeeId() == null) {
            addFact(facts, "review.case.reporter", getTranslation("review.case.anonymous"));
        }
        if (r.contactEmail() != null && c.editable()) {
            addFact(facts, "review.case.contact", r.contactEmail());
        }
        if (r.kind() == ReportKind.PRAISE) {
            addFact(facts, "review.case.publicConsent",
                    getTranslation(r.publicConsent() ? "review.yes" : "review.no"));
        }
        if (c.dismissReason() != null) {
            addFact(facts, "review.case.dismissReason", c.dismissReason());
        }
        var what = new Paragraph(r.what());
        what.addClassName("review-text");
        return section("review.case.report", facts, what);
    }

    private void addFact(Div facts, String key, String value) {
        var term = new Span(getTranslation(key));
        term.addClassName("review-fact-term");
        var text = new Span(value);
        text.addClassName("review-fact-value");
        facts.add(term, text);
    }

    private Component assignment(CaseDetails c) {
        var box = new ComboBox<EmployeeRef>(getTranslation("review.case.assignee"));
        box.setItems(review.hrPeople());
        box.setItemLabelGenerator(EmployeeRef::fullName);
        box.setPlaceholder(getTranslation("review.unassigned"));
        box.setClearButtonVisible(true);
        box.setValue(c.assignee());
        box.setReadOnly(!c.editable());
        box.addValueChangeListener(e -> {
            var id = e.getValue() == null ? null : e.getValue().id();
            var current = c.assignee() == null ? null : c.assignee().id();
            if (c.editable() && !java.util.Objects.equals(id, current)) {
                act(() -> review.assign(reportId, c.version(), id), "review.assigned");
            }
        });
        assignee = box;
        var section = section("review.case.assignment", box);
        if (c.editable() && myEmployeeId != null && (c.assignee() == null || c.assignee().id() != myEmployeeId)
                && review.hrPeople().stream().anyMatch(p -> p.id() == myEmployeeId)) {
            var me = new Button(getTranslation("review.case.assignMe"), VaadinIcon.USER_CHECK.create(),
                    e -> act(() -> review.assign(reportId, c.version(), myEmployeeId), "review.assigned"));
            me.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            section.add(me);
        }
        return section;
    }

    private Component linked(CaseDetails c) {
        var list = new Div();
        list.addClassName("review-linked");
        if (c.linked().isEmpty()) {
            var none = new Span(getTranslation("review.case.linked.none"));
            none.addClassName("muted");
            list.add(none);
        }
        for (var person : c.linked()) {
            var row = new Div(new Span(person.fullName()), muted(person.jobTitle()));
            row.addClassName("review-linked-row");
            if (c.editable() && !c.closed() && !c.dignity().contains(person.id())) {
                var remove = new Button(VaadinIcon.CLOSE_SMALL.create(),
                        e -> act(() -> review.unlink(reportId, c.version(), person.id()), "review.unlinked"));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                remove.setAriaLabel(getTranslation("review.case.unlink", person.fullName()));
                remove.setTooltipText(getTranslation("review.case.unlink", person.fullName()));
                row.add(remove);
            }
            list.add(row);
        }
        var section = section("review.case.linked", list);
        if (c.editable() && !c.closed()) {
            var picker = new ComboBox<EmployeeRef>(getTranslation("review.case.link"));
            picker.setHelperText(getTranslation("review.case.link.help"));
            picker.setItemsPageable((pageable, text) -> directory.pick(text, pageable));
            picker.setItemLabelGenerator(p -> p.fullName() + " — " + p.jobTitle());
            picker.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    var id = e.getValue().id();
                    act(() -> review.link(reportId, c.version(), id), "review.linked");
                }
            });
            linkPicker = picker;
            section.add(picker);
        }
        return section;
    }

    private Component staffMistreated(CaseDetails c) {
        var section = section("review.case.staff");
        var lead = new Paragraph(getTranslation("review.case.staff.lead"));
        lead.addClassName("muted");
        section.add(lead);
        var select = new Select<CustomerOutcome>();
        select.setLabel(getTranslation("review.case.outcome"));
        select.setItems(CustomerOutcome.values());
        select.setItemLabelGenerator(o -> getTranslation(o.translationKey()));
        select.setValue(c.outcome());
        var noteField = new TextField(getTranslation("review.case.outcome.note"));
        noteField.setMaxLength(1000);
        noteField.setValue(c.outcomeNote() == null ? "" : c.outcomeNote());
        noteField.setWidthFull();
        outcome = select;
        outcomeNote = noteField;
        var editable = c.editable() && c.status() != ReportStatus.DISMISSED;
        select.setReadOnly(!editable);
        noteField.setReadOnly(!editable);
        section.add(select, noteField);
        if (editable) {
            var save = new Button(getTranslation("review.case.outcome.save"), e -> {
                if (select.getValue() == null) {
                    select.setInvalid(true);
                    select.setErrorMessage(getTranslation("review.outcome.required"));
                    return;
                }
                act(() -> review.recordOutcome(reportId, c.version(), select.getValue(), noteField.getValue()),
                        "review.outcome.saved");
            });
            section.add(save);
            for (var person : c.linked()) {
                if (c.dignity().contains(person.id())) {
                    var done = new Span(VaadinIcon.CHECK.create(),
                            new Span(getTranslation("review.case.dignity.done", person.fullName())));
                    done.addClassNames("badge", "success");
                    section.add(done);
                } else {
                    var recognise = new Button(getTranslation("review.case.dignity", person.fullName()),
                            VaadinIcon.SHIELD.create(),
                            e -> act(() -> review.recogniseDignity(reportId, c.version(), person.id()),
                                    "review.dignity.saved"));
                    recognise.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
                    section.add(recognise);
                }
            }
            if (c.linked().isEmpty()) {
                section.add(muted(getTranslation("review.case.dignity.linkFirst")));
            }
        }
        return section;
    }

    private Component conversation(CaseDetails c) {
        var section = section("review.case.conversation");
        var messages = c.report().messages();
        if (messages.isEmpty()) {
            section.add(muted(getTranslation("review.case.conversation.none")));
        }
        for (var m : messages) {
            var head = new Div(new Span(getTranslation(m.author() == ReportAuthor.COMPANY
                    ? "review.case.author.company" : "review.case.author.reporter")), muted(time.dateTime(m.writtenAt())));
            head.addClassName("review-message-head");
            var text = new Paragraph(m.text());
            text.addClassName("review-text");
            var message = new Div(head, text);
            message.addClassNames("review-message",
                    m.author() == ReportAuthor.COMPANY ? "review-message-company" : "review-message-reporter");
            section.add(message);
        }
        if (c.editable()) {
            var area = new TextArea(getTranslation("review.case.reply"));
            area.setHelperText(getTranslation("review.case.reply.help"));
            area.setMaxLength(4000);
            area.setWidthFull();
            var send = new Button(getTranslation("review.case.reply.send"), VaadinIcon.PAPERPLANE.create(), e -> {
                if (area.getValue().isBlank()) {
                    area.setInvalid(true);
                    area.setErrorMessage(getTranslation("review.reply.required"));
                    return;
                }
                act(() -> review.reply(reportId, area.getValue()), "review.replied");
            });
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            reply = area;
            section.add(area, send);
        }
        return section;
    }

    private Component notes(CaseDetails c) {
        var section = section("review.case.notes");
        var lead = muted(getTranslation("review.case.notes.lead"));
        section.add(lead);
        var lines = c.trail().stream().filter(l -> l.action() == AuditAction.NOTE).toList();
        for (var line : lines) {
            var text = new Paragraph(line.after() == null ? "" : line.after());
            text.addClassName("review-text");
            var note = new Div(muted(line.actor() + " · " + time.dateTime(line.at())), text);
            note.addClassName("review-note");
            section.add(note);
        }
        if (c.editable()) {
            var area = new TextArea(getTranslation("review.case.note"));
            area.setMaxLength(4000);
            area.setWidthFull();
            var add = new Button(getTranslation("review.case.note.add"), VaadinIcon.PLUS.create(), e -> {
                if (area.getValue().isBlank()) {
                    area.setInvalid(true);
                    area.setErrorMessage(getTranslation("review.note.required"));
                    return;
                }
                act(() -> review.note(reportId, area.getValue()), "review.noted");
            });
            note = area;
            section.add(area, add);
        }
        return section;
    }

    private Component trail(CaseDetails c) {
        var section = section("review.case.trail");
        var list = new Div();
        list.addClassName("review-trail");
        for (var line : c.trail()) {
            var row = new Div(muted(time.dateTime(line.at())), new Span(line.actor()), new Span(describe(line)));
            row.addClassNames("review-trail-row", "review-trail-" + line.action().name().toLowerCase());
            list.add(row);
        }
        if (c.trail().isEmpty()) {
            list.add(muted(getTranslation("review.case.trail.none")));
        }
        section.add(list);
        return section;
    }

    String describe(AuditLine line) {
        var what = getTranslation(line.action().translationKey());
        var before = value(line, line.before());
        var after = value(line, line.after());
        if (line.action() == AuditAction.NOTE || line.action() == AuditAction.REPLY) {
            var text = after == null ? "" : after;
            return what + ": " + (text.length() > 80 ? text.substring(0, 80) + "…" : text);
        }
        if (before != null && after != null) {
            return what + ": " + before + " → " + after;
        }
        if (before != null) {
            return what + ": " + before + " → " + getTranslation("review.audit.nobody");
        }
        return after == null ? what : what + ": " + after;
    }

    private @Nullable String value(AuditLine line, @Nullable String raw) {
        if (raw == null) {
            return null;
        }
        if (line.action() == AuditAction.STATUS) {
            return getTranslation(Keys.status(raw));
        }
        if (line.action() == AuditAction.OUTCOME) {
            var colon = raw.indexOf(": ");
            var name = colon < 0 ? raw : raw.substring(0, colon);
            try {
                var label = getTranslation(CustomerOutcome.valueOf(name).translationKey());
                return colon < 0 ? label : label + raw.substring(colon);
            } catch (IllegalArgumentException unknown) {
                return raw;
            }
        }
        return raw;
    }

    private Section section(String titleKey, Component... content) {
        var section = new Section(new H2(getTranslation(titleKey)));
        section.addClassName("review-section");
        section.add(content);
        return section;
    }

    private static Span muted(String text) {
        var span = new Span(text);
        span.addClassName("muted");
        return span;
    }

    // ---------------------------------------------------------------- acting

    /** Runs a change; a conflict offers to reload instead of overwriting anything. */
    void act(Supplier<CaseDetails> change, String doneKey) {
        try {
            details = change.get();
            render();
            Notices.success(getTranslation(doneKey));
        } catch (OptimisticLockingFailureException stale) {
            showConflict();
        } catch (ReviewException refused) {
            Notices.error(getTranslation(refused.messageKey()));
        } catch (ConstraintViolationException invalid) {
            Notices.error(invalid.getConstraintViolations().stream().findFirst()
                    .map(v -> getTranslation(Violations.key(v))).orElse(getTranslation("error.invalid")));
        }
    }

    private void showConflict() {
        var text = new Span(getTranslation("review.conflict"));
        var notification = new Notification();
        var reload = new Button(getTranslation("review.conflict.reload"), VaadinIcon.REFRESH.create(), e -> {
            notification.close();
            conflict = null;
            reload();
        });
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var box = new FlexLayout(text, reload);
        box.addClassName("review-conflict");
        notification.add(box);
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notification.setPosition(Notification.Position.MIDDLE);
        notification.setDuration(0);
        conflict = notification;
        notification.open();
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("review.queue.title")
                : getTranslation("review.case.title", details.reportId());
    }
}
