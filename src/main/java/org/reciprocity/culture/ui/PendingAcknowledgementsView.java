package org.reciprocity.culture.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.reciprocity.culture.VisionService;
import org.reciprocity.people.EmployeeSummary;
import org.reciprocity.security.Roles;
import org.reciprocity.shared.ui.ViewHeader;

/** Who has not yet read the current version of the vision, so that HR can talk to them. */
@Route("vision/acknowledgements")
@RolesAllowed({Roles.HR, Roles.ADMIN})
class PendingAcknowledgementsView extends Main implements HasDynamicTitle {

    PendingAcknowledgementsView(VisionService visions) {
        addClassNames("view", "full-height");
        var progress = visions.progress();
        var summary = new Paragraph(getTranslation("vision.pending.summary", progress.acknowledged(),
                progress.employees(), progress.version()));
        var bar = new ProgressBar(0, Math.max(1, progress.employees()), progress.acknowledged());
        bar.getElement().setAttribute("aria-label", summary.getText());

        var grid = new Grid<EmployeeSummary>();
        grid.addColumn(EmployeeSummary::fullName).setHeader(getTranslation("directory.column.name")).setAutoWidth(true)
                .setFrozen(true);
        grid.addColumn(EmployeeSummary::department).setHeader(getTranslation("directory.column.department"))
                .setAutoWidth(true);
        grid.addColumn(EmployeeSummary::location).setHeader(getTranslation("directory.column.location"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.managerName() == null ? "" : e.managerName())
                .setHeader(getTranslation("directory.column.manager")).setAutoWidth(true);
        grid.addColumn(EmployeeSummary::email).setHeader(getTranslation("directory.column.email")).setAutoWidth(true);
        grid.setItems(query -> visions.notAcknowledged(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) visions.countNotAcknowledged());
        grid.setEmptyStateText(getTranslation("vision.pending.none"));
        grid.setAriaLabel(getTranslation("vision.pending.title"));

        add(new ViewHeader(getTranslation("vision.pending.title")).withLead(getTranslation("vision.pending.lead")),
                summary, bar, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("vision.pending.title");
    }
}
