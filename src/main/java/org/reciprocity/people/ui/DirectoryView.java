package org.reciprocity.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.reciprocity.people.DepartmentRef;
import org.reciprocity.people.Directory;
import org.reciprocity.people.EmployeeFilter;
import org.reciprocity.people.EmployeeSummary;
import org.reciprocity.people.LocationRef;
import org.reciprocity.security.CurrentUser;
import org.reciprocity.security.Role;
import org.reciprocity.shared.ui.ViewHeader;

/** Everyone looks colleagues up here; admin and HR also add and edit people. */
@Route("directory")
@PermitAll
@Menu(title = "nav.directory", order = 40, icon = "vaadin:users")
class DirectoryView extends Main implements HasDynamicTitle {

    private final Directory directory;
    private final boolean canEdit;
    private final Grid<EmployeeSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<DepartmentRef> department = new ComboBox<>();
    private final ComboBox<LocationRef> location = new ComboBox<>();
    private final Span count = new Span();

    DirectoryView(Directory directory, CurrentUser currentUser) {
        this.directory = directory;
        this.canEdit = currentUser.get().map(u -> u.hasRole(Role.HR) || u.hasRole(Role.ADMIN)).orElse(false);
        addClassNames("view", "full-height");

        var header = new ViewHeader(getTranslation("directory.title"))
                .withLead(getTranslation("directory.lead"));
        if (canEdit) {
            var add = new Button(getTranslation("directory.add"), VaadinIcon.PLUS.create(), e -> open(null));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.addAction(add);
        }

        search.setLabel(getTranslation("directory.search"));
        search.setPlaceholder(getTranslation("directory.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(100);
        search.addValueChangeListener(e -> refresh());

        department.setLabel(getTranslation("directory.department"));
        department.setItems(directory.departments());
        department.setItemLabelGenerator(DepartmentRef::name);
        department.setClearButtonVisible(true);
        department.setPlaceholder(getTranslation("directory.any"));
        department.addValueChangeListener(e -> refresh());

        location.setLabel(getTranslation("directory.location"));
        location.setItems(directory.locations());
        location.setItemLabelGenerator(LocationRef::name);
        location.setClearButtonVisible(true);
        location.setPlaceholder(getTranslation("directory.any"));
        location.addValueChangeListener(e -> refresh());

        var filters = new FlexLayout(search, department, location);
        filters.addClassName("filters");
        count.addClassName("muted");

        grid.addColumn(EmployeeSummary::fullName).setHeader(getTranslation("directory.column.name"))
                .setKey("fullName").setSortable(true).setFrozen(true).setAutoWidth(true);
        grid.addColumn(EmployeeSummary::jobTitle).setHeader(getTranslation("directory.column.title")).setAutoWidth(true);
        grid.addColumn(EmployeeSummary::department).setHeader(getTranslation("directory.column.department")).setAutoWidth(true);
        grid.addColumn(EmployeeSummary::location).setHeader(getTranslation("directory.column.location")).setAutoWidth(true);
        grid.addColumn(e -> e.managerName() == null ? "" : e.managerName())
                .setHeader(getTranslation("directory.column.manager")).setAutoWidth(true);
        grid.addColumn(EmployeeSummary::email).setHeader(getTranslation("directory.column.email")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("directory.title"));
        grid.setEmptyStateText(getTranslation("directory.empty"));
        grid.addItemClickListener(e -> open(e.getItem().id()));

        add(header, filters, count, grid);
        refresh();
    }

    private EmployeeFilter filter() {
        return new EmployeeFilter(search.getValue(),
                department.getValue() == null ? null : department.getValue().id(),
                location.getValue() == null ? null : location.getValue().id());
    }

    private void refresh() {
        var filter = filter();
        grid.setItems(query -> directory.search(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) directory.count(filter));
        count.setText(getTranslation("directory.count", directory.count(filter)));
    }

    private void open(@Nullable Long employeeId) {
        var details = employeeId == null ? null : directory.find(employeeId).orElse(null);
        var dialog = new EmployeeDialog(directory, details, canEdit, this::refresh);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("directory.title");
    }
}
