package org.reciprocity.people.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.reciprocity.people.DepartmentRef;
import org.reciprocity.people.Directory;
import org.reciprocity.people.LocationRef;
import org.reciprocity.security.Roles;
import org.reciprocity.shared.ui.Notices;
import org.reciprocity.shared.ui.ViewHeader;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The company's departments and locations. Each location shows the public link its QR code points to, so that
 * customers and witnesses can tell us about a staff member right there.
 */
@Route("organisation")
@RolesAllowed({Roles.ADMIN, Roles.HR})
@Menu(title = "nav.organisation", order = 88, icon = "vaadin:office")
class OrganisationView extends Main implements HasDynamicTitle {

    private final Directory directory;
    private final String baseUrl;
    final Grid<DepartmentRef> departmentGrid = new Grid<>();
    final Div locationCards = new Div();
    final Button addDepartment = new Button();
    final Button addLocation = new Button();

    OrganisationView(Directory directory) {
        this.directory = directory;
        this.baseUrl = baseUrl();
        addClassName("view");

        addDepartment.setText(getTranslation("organisation.department.add"));
        addDepartment.setIcon(VaadinIcon.PLUS.create());
        addDepartment.addClickListener(e -> new DepartmentDialog(directory, null, this::refresh).open());
        departmentGrid.addColumn(DepartmentRef::name).setHeader(getTranslation("organisation.department.name"));
        departmentGrid.addComponentColumn(d -> {
            var rename = new Button(getTranslation("organisation.rename"),
                    e -> new DepartmentDialog(directory, d, this::refresh).open());
            rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            rename.setAriaLabel(getTranslation("organisation.department.rename", d.name()));
            return rename;
        }).setHeader(getTranslation("organisation.department.actions")).setAutoWidth(true).setFlexGrow(0);
        departmentGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        departmentGrid.setAllRowsVisible(true);
        departmentGrid.addItemClickListener(e -> {
            if (e.getItem() != null) {
                new DepartmentDialog(directory, e.getItem(), this::refresh).open();
            }
        });
        departmentGrid.setAriaLabel(getTranslation("organisation.departments"));
        departmentGrid.setEmptyStateText(getTranslation("organisation.departments.empty"));

        addLocation.setText(getTranslation("organisation.location.add"));
        addLocation.setIcon(VaadinIcon.PLUS.create());
        addLocation.addClickListener(e -> new LocationDialog(directory, null, this::refresh).open());
        locationCards.addClassName("organisation-locations");

        var locationsHeader = new Div(new H2(getTranslation("organisation.locations")), addLocation);
        locationsHeader.addClassName("organisation-section-header");
        var locations = new Section(locationsHeader,
                new Paragraph(getTranslation("organisation.locations.lead")), locationCards);
        var departmentsHeader = new Div(new H2(getTranslation("organisation.departments")), addDepartment);
        departmentsHeader.addClassName("organisation-section-header");
        var departments = new Section(departmentsHeader, departmentGrid);

        add(new ViewHeader(getTranslation("organisation.title")).withLead(getTranslation("organisation.lead")),
                locations, departments);
        refresh();
    }

    void refresh() {
        // departments and locations are short reference lists of the company, not growing tables
        departmentGrid.setItems(directory.departments());
        locationCards.removeAll();
        directory.locations().forEach(l -> locationCards.add(card(l)));
        if (locationCards.getComponentCount() == 0) {
            var empty = new Paragraph(getTranslation("organisation.locations.empty"));
            empty.addClassName("empty-state");
            locationCards.add(empty);
        }
    }

    private Div card(LocationRef location) {
        var link = reportLink(location);
        var name = new H3(location.name());
        var code = new Paragraph(getTranslation("organisation.location.codeIs", location.code()));
        code.addClassName("muted");
        var anchor = new Anchor(link, link, AnchorTarget.BLANK);
        anchor.addClassName("organisation-link");
        var copy = new Button(getTranslation("organisation.copy"), VaadinIcon.COPY_O.create(), e -> copy(link));
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
        copy.setAriaLabel(getTranslation("organisation.copy.label", location.name()));
        var edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
                e -> new LocationDialog(directory, location, this::refresh).open());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        edit.setAriaLabel(getTranslation("organisation.location.edit", location.name()));
        var linkLabel = new Paragraph(getTranslation("organisation.location.link"));
        linkLabel.addClassName("organisation-link-label");
        var actions = new Div(copy, edit);
        actions.addClassName("view-actions");
        var card = new Div(name, code);
        if (location.address() != null) {
            card.add(new Paragraph(location.address()));
        }
        card.add(linkLabel, anchor, actions);
        card.addClassName("organisation-location");
        return card;
    }

    /** The public page a QR code at this location opens. */
    String reportLink(LocationRef location) {
        return baseUrl + "/tell?location=" + URLEncoder.encode(location.code(), StandardCharsets.UTF_8);
    }

    private void copy(String link) {
        UI.getCurrent().getPage().executeJs("return navigator.clipboard.writeText($0)", link)
                .then(ok -> Notices.success(getTranslation("organisation.copied")),
                        error -> Notices.error(getTranslation("organisation.copy.failed")));
    }

    /** The address the portal is reached at, as the browser sees it; empty when unknown (a relative link). */
    private static String baseUrl() {
        var request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "";
        }
        return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).build().toUriString();
    }

    static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisation.title");
    }
}
