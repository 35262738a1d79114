package org.reciprocity.people.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.reciprocity.people.DepartmentRef;
import org.reciprocity.people.Directory;
import org.reciprocity.people.EmployeeDetails;
import org.reciprocity.people.EmployeeForm;
import org.reciprocity.people.EmployeeRef;
import org.reciprocity.people.LocationRef;
import org.reciprocity.shared.ui.Notices;
import org.reciprocity.shared.ui.Violations;

/** Shows an employee; for admin and HR also adds or edits one. */
class EmployeeDialog extends Dialog {

    /** What the form edits; the record {@link EmployeeForm} is made from it on save. */
    static final class Draft {
        String fullName = "";
        String jobTitle = "";
        String email = "";
        @Nullable DepartmentRef department;
        @Nullable LocationRef location;
        @Nullable EmployeeRef manager;
    }

    private final Directory directory;
    private final @Nullable EmployeeDetails existing;
    private final Runnable onSaved;
    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();

    final TextField fullName = new TextField();
    final TextField jobTitle = new TextField();
    final EmailField email = new EmailField();
    final ComboBox<DepartmentRef> department = new ComboBox<>();
    final ComboBox<LocationRef> location = new ComboBox<>();
    final ComboBox<EmployeeRef> manager = new ComboBox<>();

    EmployeeDialog(Directory directory, @Nullable EmployeeDetails existing, boolean editable, Runnable onSaved) {
        this.directory = directory;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(existing == null ? getTranslation("employee.new") : existing.fullName());
        setWidth("min(40rem, 100vw)");

        fullName.setLabel(getTranslation("employee.fullName"));
        fullName.setMaxLength(160);
        jobTitle.setLabel(getTranslation("employee.jobTitle"));
        jobTitle.setMaxLength(160);
        email.setLabel(getTranslation("employee.email"));
        email.setMaxLength(254);
        department.setLabel(getTranslation("employee.department"));
        department.setItems(directory.departments());
        department.setItemLabelGenerator(DepartmentRef::name);
        location.setLabel(getTranslation("employee.location"));
        location.setItems(directory.locations());
        location.setItemLabelGenerator(LocationRef::name);
        manager.setLabel(getTranslation("employee.manager"));
        manager.setHelperText(getTranslation("employee.manager.help"));
        manager.setItemLabelGenerator(r -> r.fullName() + " · " + r.jobTitle());
        manager.setItems(query -> directory.pick(query.getFilter().orElse(""),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        manager.setClearButtonVisible(true);

        binder.forField(fullName).asRequired(getTranslation("people.fullName.required"))
                .withValidator(new StringLengthValidator(getTranslation("people.fullName.length"), 1, 160))
                .bind(d -> d.fullName, (d, v) -> d.fullName = v);
        binder.forField(jobTitle).asRequired(getTranslation("people.jobTitle.required"))
                .bind(d -> d.jobTitle, (d, v) -> d.jobTitle = v);
        binder.forField(email).asRequired(getTranslation("people.email.required"))
                .withValidator(new EmailValidator(getTranslation("people.email.invalid")))
                .bind(d -> d.email, (d, v) -> d.email = v);
        binder.forField(department).asRequired(getTranslation("people.department.required"))
                .bind(d -> d.department, (d, v) -> d.department = v);
        binder.forField(location).asRequired(getTranslation("people.location.required"))
                .bind(d -> d.location, (d, v) -> d.location = v);
        binder.forField(manager).bind(d -> d.manager, (d, v) -> d.manager = v);

        if (existing != null) {
            draft.fullName = existing.fullName();
            draft.jobTitle = existing.jobTitle();
            draft.email = existing.email();
            draft.department = existing.department();
            draft.location = existing.location();
            draft.manager = existing.manager();
        }
        binder.readBean(draft);
        binder.setReadOnly(!editable);

        var form = new FormLayout(fullName, jobTitle, email, department, location, manager);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(form);

        if (existing != null) {
            // The person's own page (recognitions, values profile) lives in another feature: linked by its path.
            var page = new Anchor("people/" + existing.id(), getTranslation("employee.page"));
            page.getElement().setAttribute("router-link", true);
            page.getElement().addEventListener("click", e -> close());
            page.addClassName("employee-page-link");
            getFooter().add(page);
        }
        if (editable) {
            var save = new Button(getTranslation("action.save"), e -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var cancel = new Button(getTranslation("action.cancel"), e -> close());
            getFooter().add(cancel, save);
        } else {
            getFooter().add(new Button(getTranslation("action.close"), e -> close()));
        }
    }

    void save() {
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        var form = new EmployeeForm(existing == null ? null : existing.id(), existing == null ? 0 : existing.version(),
                draft.fullName, draft.jobTitle, draft.email,
                draft.department == null ? null : draft.department.id(),
                draft.location == null ? null : draft.location.id(),
                draft.manager == null ? null : draft.manager.id());
        Violations.save(() -> {
            directory.save(form);
            Notices.success(getTranslation("employee.saved", draft.fullName));
            close();
            onSaved.run();
        }, fields(), this::getTranslation);
    }

    private Map<String, HasValidation> fields() {
        return Map.of("fullName", fullName, "jobTitle", jobTitle, "email", email, "department", department,
                "departmentId", department, "location", location, "locationId", location, "manager", manager,
                "managerId", manager);
    }
}
