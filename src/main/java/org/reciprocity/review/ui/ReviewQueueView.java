package org.reciprocity.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.reciprocity.people.Directory;
import org.reciprocity.people.EmployeeRef;
import org.reciprocity.people.LocationRef;
import org.reciprocity.reporting.ReportKind;
import org.reciprocity.review.CaseQuery;
import org.reciprocity.review.CaseRow;
import org.reciprocity.review.CaseStatus;
import org.reciprocity.review.ReviewQueue;
import org.reciprocity.security.Roles;
import org.reciprocity.shared.ui.UserTime;
import org.reciprocity.shared.ui.ViewHeader;

/**
 * HR's queue of everything people told the company: the next deadline first, overdue ones marked in words.
 * Admin may read it.
 */
@Route("review")
@RolesAllowed({Roles.HR, Roles.ADMIN})
@Menu(title = "nav.review", order = 60, icon = "vaadin:inbox")
class ReviewQueueView extends Main implements HasDynamicTitle {

    private final ReviewQueue review;
    private final UserTime time;
    private final Clock clock;
    final Grid<CaseRow> grid = new Grid<>();
    final ComboBox<CaseStatus> status = new ComboBox<>();
    final ComboBox<ReportKind> kind = new ComboBox<>();
    final ComboBox<LocationRef> location = new ComboBox<>();
    final ComboBox<EmployeeRef> assignee = new ComboBox<>();
    final Checkbox overdue = new Checkbox();
    final Span summary = new Span();

    ReviewQueueView(ReviewQueue review, Directory directory, UserTime time, Clock clock) {
        this.review = review;
        this.time = time;
        this.clock = clock;
        addClassNames("view", "full-height", "review-queue");
        add(new ViewHeader(getTranslation("review.queue.title")).withLead(getTranslation("review.queue.lead")));

        status.setLabel(getTranslation("review.filter.status"));
        status.setItems(CaseStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(Keys.status(s)));
        status.setPlaceholder(getTranslation("review.filter.status.open"));
        status.setClearButtonVisible(true);

        kind.setLabel(getTranslation("review.filter.kind"));
        kind.setItems(ReportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(Keys.kind(k)));
        kind.setPlaceholder(getTranslation("review.filter.any"));
        kind.setClearButtonVisible(true);

        location.setLabel(getTranslation("review.filter.location"));
        location.setItems(directory.locations());
        location.setItemLabelGenerator(LocationRef::name);
        location.setPlaceholder(getTranslation("review.filter.any"));
        location.setClearButtonVisible(true);

        assignee.setLabel(getTranslation("review.filter.assignee"));
        assignee.setItems(review.hrPeople());
        assignee.setItemLabelGenerator(EmployeeRef::fullName);
        assignee.setPlaceholder(getTranslation("review.filter.anyone"));
        assignee.setClearButtonVisible(true);

        overdue.setLabel(getTranslation("review.filter.overdue"));

        List.of(status, kind, location, assignee).forEach(f -> f.addValueChangeListener(e -> refresh()));
        overdue.addValueChangeListener(e -> refresh());
        var filters = new FlexLayout(status, kind, location, assignee, overdue);
        filters.addClassName("filters");
        summary.addClassName("review-summary");

        var due = grid.addComponentColumn(r -> Due.badge(this, r.dueAt(), clock.instant()))
                .setHeader(getTranslation("review.column.due")).setKey("dueAt").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> time.dateTime(r.filedAt())).setHeader(getTranslation("review.column.filed"))
                .setKey("filedAt").setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(Keys.kind(r.kind())))
                .setHeader(getTranslation("review.column.kind")).setAutoWidth(true);
        grid.addColumn(CaseRow::locationName).setHeader(getTranslation("review.column.location")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(Keys.status(r.status())))
                .setHeader(getTranslation("review.column.status")).setAutoWidth(true);
        grid.addColumn(r -> time.date(r.acknowledgeBy())).setHeader(getTranslation("review.column.acknowledgeBy"))
                .setAutoWidth(true);
        grid.addColumn(r -> time.date(r.answerBy())).setHeader(getTranslation("review.column.answerBy"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.assigneeName() == null ? getTranslation("review.unassigned") : r.assigneeName())
                .setHeader(getTranslation("review.column.assignee")).setAutoWidth(true);
        grid.setPartNameGenerator(r -> r.overdue() ? "review-overdue-row" : null);
        grid.sort(List.of(new GridSortOrder<>(due, SortDirection.ASCENDING)));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("review.queue.title"));
        grid.setEmptyStateText(getTranslation("review.queue.empty"));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.addClassName("review-grid");

        add(filters, summary, grid);
        refresh();
    }

    CaseQuery filter() {
        var statuses = status.getValue() == null ? CaseQuery.OPEN.statuses() : Set.of(status.getValue());
        return new CaseQuery(statuses, kind.getValue(), location.getValue() == null ? null : location.getValue().id(),
                assignee.getValue() == null ? null : assignee.getValue().id(), overdue.getValue());
    }

    private void refresh() {
        var filter = filter();
        grid.setItems(query -> review.queue(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) review.count(filter));
        var overdueCount = review.countOverdue();
        summary.setText(getTranslation("review.queue.summary", overdueCount, review.countWaiting(), review.count(filter)));
        summary.getElement().setAttribute("aria-live", "polite");
        summary.setClassName("review-summary-overdue", overdueCount > 0);
    }

    void open(CaseRow row) {
        UI.getCurrent().navigate(ReviewCaseView.class, new RouteParameters("id", Long.toString(row.reportId())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.queue.title");
    }
}
