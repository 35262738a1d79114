package org.reciprocity.review.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.reciprocity.people.Directory;
import org.reciprocity.people.EmployeeRef;
import org.reciprocity.people.PersonSearchKey;
import org.reciprocity.people.LocationRef;
import org.reciprocity.reporting.ReportKind;
import org.reciprocity.review.CaseQuery;
import org.reciprocity.review.CaseRow;
import org.reciprocity.review.CaseStatus;
import org.reciprocity.review.ReviewQueue;
import org.reciprocity.security.Roles;
import org.reciprocity.shared.ui.CollapsibleFilters;
import org.reciprocity.shared.ui.UserTime;
import org.reciprocity.shared.ui.ViewHeader;

/**
 * HR's queue of everything people told the company: the next deadline first, overdue ones marked in words; all its
 * columns on a wide screen, a compact row on a phone ({@link QueueColumns}). A click, Space or Enter opens a report.
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
    final CollapsibleFilters filters;
    final QueueColumns columns;
    private @Nullable CaseRow focused;
    private @Nullable Registration resize;

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
        assignee.setItems((person, typed) -> PersonSearchKey.matches(person.fullName(), typed), review.hrPeople());
        assignee.setItemLabelGenerator(EmployeeRef::fullName);
        assignee.setPlaceholder(getTranslation("review.filter.anyone"));
        assignee.setClearButtonVisible(true);

        overdue.setLabel(getTranslation("review.filter.overdue"));

        List.of(status, kind, location, assignee).forEach(f -> f.addValueChangeListener(e -> refresh()));
        overdue.addValueChangeListener(e -> refresh());
        filters = new CollapsibleFilters(status, kind, location, assignee, overdue);
        summary.addClassName("review-summary");

        columns = new QueueColumns(grid, this, time, clock);
        grid.setPartNameGenerator(r -> r.overdue() ? "review-overdue-row" : null);
        grid.sort(List.of(new GridSortOrder<>(columns.due, SortDirection.ASCENDING)));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("review.queue.title"));
        grid.setEmptyStateText(getTranslation("review.queue.empty"));
        grid.addItemClickListener(e -> open(e.getItem()));
        // Enter opens the row that has the keyboard focus, as a click (or Space) does
        grid.addCellFocusListener(e -> focused = e.isBodyCell() ? e.getItem().orElse(null) : null);
        Shortcuts.addShortcutListener(grid, this::openFocused, Key.ENTER).listenOn(grid);
        grid.addClassName("review-grid");

        add(filters, summary, grid);
        refresh();
    }

    /** Phone or wide layout for the window's width now, and again whenever it changes. */
    @Override
    protected void onAttach(AttachEvent event) {
        var page = event.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> columns.fit(details.getWindowInnerWidth()));
        resize = page.addBrowserWindowResizeListener(e -> columns.fit(e.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (resize != null) {
            resize.remove();
            resize = null;
        }
    }

    void openFocused() {
        if (focused != null) {
            open(focused);
        }
    }

    CaseQuery filter() {
        var statuses = status.getValue() == null ? CaseQuery.OPEN.statuses() : Set.of(status.getValue());
        return new CaseQuery(statuses, kind.getValue(), location.getValue() == null ? null : location.getValue().id(),
                assignee.getValue() == null ? null : assignee.getValue().id(), overdue.getValue());
    }

    private void refresh() {
        var filter = filter();
        filters.setActiveCount((int) Stream.of(status.getValue(), kind.getValue(),
                location.getValue(), assignee.getValue()).filter(Objects::nonNull).count()
                + (overdue.getValue() ? 1 : 0));
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
