package org.reciprocity.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.reciprocity.review.CheckInTask;
import org.reciprocity.review.CheckIns;
import org.reciprocity.security.Roles;
import org.reciprocity.shared.ui.Notices;
import org.reciprocity.shared.ui.UserTime;
import org.reciprocity.shared.ui.ViewHeader;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A manager's check-ins: HR asks them to talk with a staff member who kept their dignity when a customer
 * mistreated them. Who reported the incident is not shown here.
 */
@Route("check-ins")
@RolesAllowed(Roles.MANAGER)
@Menu(title = "nav.checkIns", order = 62, icon = "vaadin:comments-o")
class CheckInsView extends Main implements HasDynamicTitle {

    private final CheckIns checkIns;
    private final UserTime time;
    final Grid<CheckInTask> grid = new Grid<>();

    CheckInsView(CheckIns checkIns, UserTime time) {
        this.checkIns = checkIns;
        this.time = time;
        addClassNames("view", "full-height", "review-check-ins");
        add(new ViewHeader(getTranslation("review.checkIns.title")).withLead(getTranslation("review.checkIns.lead")));
        // One column of small cards, so that the button stays in sight on a phone as on a desktop.
        grid.addComponentColumn(this::card).setHeader(getTranslation("review.checkIns.title"));
        grid.setItems(query -> checkIns.mine(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) checkIns.countMine());
        grid.setEmptyStateText(getTranslation("review.checkIns.empty"));
        grid.setAriaLabel(getTranslation("review.checkIns.title"));
        add(grid);
    }

    private Div card(CheckInTask task) {
        var name = new Span(task.employeeName());
        name.addClassName("review-check-in-name");
        var incident = new Span(getTranslation("review.checkIns.incident", task.locationName(),
                time.date(task.reportedAt())));
        incident.addClassName("muted");
        var asked = new Span(getTranslation("review.checkIns.asked", time.date(task.createdAt())));
        asked.addClassName("muted");
        var card = new Div(name, incident, asked, state(task));
        card.addClassName("review-check-in");
        return card;
    }

    private Component state(CheckInTask task) {
        if (task.doneAt() != null) {
            var done = new Span(VaadinIcon.CHECK.create(),
                    new Span(getTranslation("review.checkIns.doneAt", time.date(task.doneAt()))));
            done.addClassNames("badge", "success");
            return done;
        }
        var button = new Button(getTranslation("review.checkIns.markDone", task.employeeName()), e -> done(task));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    void done(CheckInTask task) {
        try {
            checkIns.complete(task.id(), task.version());
            Notices.success(getTranslation("review.checkIns.saved"));
        } catch (OptimisticLockingFailureException stale) {
            Notices.error(getTranslation("review.conflict"));
        }
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.checkIns.title");
    }
}
