package org.reciprocity.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.reciprocity.people.DepartmentForm;
import org.reciprocity.people.DepartmentRef;
import org.reciprocity.people.Directory;
import org.reciprocity.shared.ui.Notices;
import org.reciprocity.shared.ui.Violations;

/** Adds a department or renames one. */
class DepartmentDialog extends Dialog {

    private final Directory directory;
    private final @Nullable DepartmentRef existing;
    private final Runnable onSaved;
    final TextField name = new TextField();
    final Button save = new Button();

    DepartmentDialog(Directory directory, @Nullable DepartmentRef existing, Runnable onSaved) {
        this.directory = directory;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "organisation.department.add" : "organisation.department.renameTitle"));
        setWidth("min(28rem, 100vw)");
        name.setLabel(getTranslation("organisation.department.name"));
        name.setMaxLength(120);
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        name.addValueChangeListener(e -> name.setInvalid(false));
        if (existing != null) {
            name.setValue(existing.name());
        }
        add(name);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    void save() {
        Violations.save(() -> {
            var saved = directory.save(new DepartmentForm(existing == null ? null : existing.id(),
                    existing == null ? 0 : existing.version(), name.getValue()));
            Notices.success(getTranslation("organisation.saved", saved.name()));
            close();
            onSaved.run();
        }, Map.of("name", name), this::getTranslation);
    }
}
