package org.reciprocity.reporting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.reciprocity.reporting.MyReport;
import org.reciprocity.reporting.ReportService;
import org.reciprocity.security.CurrentUser;
import org.reciprocity.shared.ui.UserTime;
import org.reciprocity.shared.ui.ViewHeader;

/** An employee follows the reports they sent under their name: status, history and the conversation. */
@Route("tell/mine")
@PermitAll
@Menu(title = "nav.tell.mine", order = 71, icon = "vaadin:clipboard-text")
class MyReportsView extends Main implements HasDynamicTitle {

    private final ReportService reports;
    private final UserTime time;
    final Grid<MyReport> grid = new Grid<>();
    private final Div detail = new Div();
    @Nullable FollowUpPanel panel;

    MyReportsView(ReportService reports, UserTime time, CurrentUser currentUser) {
        this.reports = reports;
        this.time = time;
        addClassName("view");
        var tell = new Button(getTranslation("reporting.mine.new"), VaadinIcon.MEGAPHONE.create(),
                e -> UI.getCurrent().navigate(TellView.class));
        tell.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var check = new Button(getTranslation("reporting.mine.check"), VaadinIcon.SEARCH.create(),
                e -> UI.getCurrent().navigate(ReportStatusView.class));
        add(new ViewHeader(getTranslation("reporting.mine.title"), check, tell)
                .withLead(getTranslation("reporting.mine.lead")));

        if (currentUser.require().employeeId() == null) {
            var none = new Div(new Span(getTranslation("reporting.mine.notEmployee")));
            none.addClassName("empty-state");
            add(none);
            return;
        }
        // One column of small cards: reads the same on a phone and on a desktop.
        grid.addColumn(new ComponentRenderer<>(this::card)).setHeader(getTranslation("reporting.mine.title"));
        grid.setItems(query -> reports.mine(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) reports.countMine());
        grid.setEmptyStateText(getTranslation("reporting.mine.empty"));
        grid.setAriaLabel(getTranslation("reporting.mine.title"));
        grid.addClassName("reporting-mine-grid");
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresentOrElse(this::open, this::hint));
        detail.addClassName("reporting-mine-detail");
        hint();
        add(grid, detail);
    }

    private Div card(MyReport report) {
        var kind = new Span(getTranslation(report.kind().translationKey()));
        kind.addClassName("reporting-card-kind");
        var meta = new Span(getTranslation("reporting.mine.meta", time.date(report.filedAt()), report.locationName()));
        meta.addClassName("muted");
        var card = new Div(new Div(kind, new StatusBadge(report.status())), meta);
        card.addClassName("reporting-card");
        return card;
    }

    private void hint() {
        detail.removeAll();
        panel = null;
        var hint = new Span(getTranslation("reporting.mine.select"));
        hint.addClassName("muted");
        detail.add(hint);
    }

    void open(MyReport report) {
        detail.removeAll();
        reports.myReport(report.id()).ifPresent(followUp -> {
            panel = new FollowUpPanel(followUp, true, "reporting.mine." + report.id(), time, text -> reports.addMyMessage(report.id(), text));
            detail.add(panel);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.mine.title");
    }
}
