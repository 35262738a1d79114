package org.reciprocity.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.reciprocity.review.CaseRow;
import org.reciprocity.shared.ui.UserTime;

/**
 * The queue's columns for the width it has. A wide screen has one column per question HR asks of a report — how
 * urgent, what and where, where it stands, when it came, its two deadlines, who has it — with "what and where" and
 * the deadlines two lines each, so that all six fit 1280 px next to the menu. A phone (up to {@value #PHONE} px)
 * has one compact column with the essentials: kind and deadline badge, then location, status and age. Static
 * text is rendered by the browser (Lit), not as server components; only the deadline badge of the wide layout is
 * one (a few per visible row).
 */
final class QueueColumns {

    static final int PHONE = 600;

    final Grid.Column<CaseRow> due;
    private final List<Grid.Column<CaseRow>> wide;
    final Grid.Column<CaseRow> compact;
    private boolean phone;

    QueueColumns(Grid<CaseRow> grid, Component in, UserTime time, Clock clock) {
        due = grid.addComponentColumn(r -> Due.badge(in, r.dueAt(), clock.instant()))
                .setHeader(in.getTranslation("review.column.due")).setKey("dueAt").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        var report = grid.addColumn(LitRenderer.<CaseRow>of(
                        "<div class='review-cell'><span class='review-cell-main'>${item.kind}</span>"
                                + "<span class='muted'>${item.location}</span></div>")
                        .withProperty("kind", r -> in.getTranslation(Keys.kind(r.kind())))
                        .withProperty("location", CaseRow::locationName))
                .setHeader(in.getTranslation("review.column.report")).setKey("report").setWidth("10.5rem")
                .setFlexGrow(2);
        var status = grid.addColumn(r -> in.getTranslation(Keys.status(r.status())))
                .setHeader(in.getTranslation("review.column.status")).setKey("status").setWidth("6.5rem")
                .setFlexGrow(1);
        var filed = grid.addColumn(r -> time.shortDateTime(r.filedAt(), clock.instant()))
                .setHeader(in.getTranslation("review.column.filed")).setKey("filedAt").setSortable(true).setWidth("7.5rem").setFlexGrow(1);
        var deadlines = grid.addColumn(LitRenderer.<CaseRow>of(
                        "<div class='review-cell review-deadlines'><span>${item.acknowledge}</span>"
                                + "<span>${item.answer}</span></div>")
                        .withProperty("acknowledge", r -> in.getTranslation("review.deadline.acknowledge",
                                time.shortDate(r.acknowledgeBy(), clock.instant())))
                        .withProperty("answer", r -> in.getTranslation("review.deadline.answer",
                                time.shortDate(r.answerBy(), clock.instant()))))
                .setHeader(in.getTranslation("review.column.deadlines")).setKey("deadlines").setWidth("12rem")
                .setFlexGrow(1);
        var assignee = grid.addColumn(r -> r.assigneeName() == null ? in.getTranslation("review.unassigned")
                        : r.assigneeName())
                .setHeader(in.getTranslation("review.column.assignee")).setKey("assignee").setWidth("7.5rem")
                .setFlexGrow(1);
        wide = List.of(due, report, status, filed, deadlines, assignee);
        compact = grid.addColumn(LitRenderer.<CaseRow>of("""
                        <div class='review-compact'>\
                        <div class='review-compact-top'><span class='review-cell-main'>${item.kind}</span>\
                        <span class='badge review-due ${item.dueClass}'>${item.due}</span></div>\
                        <div class='review-compact-meta muted'>${item.meta}</div></div>""")
                        .withProperty("kind", r -> in.getTranslation(Keys.kind(r.kind())))
                        .withProperty("due", r -> Due.marked(in, r.dueAt(), clock.instant()))
                        .withProperty("dueClass", r -> Due.classes(r.dueAt(), clock.instant()))
                        .withProperty("meta", r -> String.join(" · ", r.locationName(),
                                in.getTranslation(Keys.status(r.status())), in.getTranslation("review.age",
                                        Due.amount(in, Duration.between(r.filedAt(), clock.instant()))))))
                .setHeader(in.getTranslation("review.column.compact")).setKey("compact").setFlexGrow(1);
        fit(0);
    }

    /** Shows the layout for a window this wide (0 or less: not known yet, the wide one). */
    void fit(int windowWidth) {
        phone = windowWidth > 0 && windowWidth <= PHONE;
        compact.setVisible(phone);
        wide.forEach(column -> column.setVisible(!phone));
    }

    boolean phone() {
        return phone;
    }
}
