package org.reciprocity.people.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.reciprocity.people.Directory;
import org.reciprocity.people.LocationForm;
import org.reciprocity.people.LocationRef;
import org.reciprocity.shared.ui.Notices;
import org.reciprocity.shared.ui.Violations;

/** Adds a location or changes one; its code is what the QR code at the counter carries. */
class LocationDialog extends Dialog {

    private final Directory directory;
    private final @Nullable LocationRef existing;
    private final Runnable onSaved;
    final TextField name = new TextField();
    final TextField code = new TextField();
    final TextField address = new TextField();
    final Button save = new Button();

    LocationDialog(Directory directory, @Nullable LocationRef existing, Runnable onSaved) {
        this.directory = directory;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(existing == null ? getTranslation("organisation.location.add") : existing.name());
        setWidth("min(32rem, 100vw)");

        name.setLabel(getTranslation("organisation.location.name"));
        name.setMaxLength(120);
        name.setRequiredIndicatorVisible(true);
        code.setLabel(getTranslation("organisation.location.code"));
        code.setHelperText(getTranslation(existing == null ? "organisation.location.code.help"
                : "organisation.location.code.changeHelp"));
        code.setMaxLength(40);
        code.setRequiredIndicatorVisible(true);
        code.setAllowedCharPattern("[a-zA-Z0-9-]");
        address.setLabel(getTranslation("organisation.location.address"));
        address.setMaxLength(255);
        for (var field : new TextField[]{name, code, address}) {
            field.addValueChangeListener(e -> field.setInvalid(false));
        }
        if (existing != null) {
            name.setValue(existing.name());
            code.setValue(existing.code());
            address.setValue(existing.address() == null ? "" : existing.address());
        }
        var form = new FormLayout(name, code, address);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    void save() {
        Violations.save(() -> {
            var saved = directory.save(new LocationForm(existing == null ? null : existing.id(),
                    existing == null ? 0 : existing.version(), code.getValue().strip().toLowerCase(Locale.ROOT),
                    name.getValue(), OrganisationView.blankToNull(address.getValue())));
            Notices.success(getTranslation("organisation.saved", saved.name()));
            close();
            onSaved.run();
        }, fields(), this::getTranslation);
    }

    private Map<String, HasValidation> fields() {
        return Map.of("name", name, "code", code, "address", address);
    }
}
