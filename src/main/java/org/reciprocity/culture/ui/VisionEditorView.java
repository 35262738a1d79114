package org.reciprocity.culture.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.reciprocity.culture.CultureException;
import org.reciprocity.culture.PublishVision;
import org.reciprocity.culture.ServiceValue;
import org.reciprocity.culture.ValueDraft;
import org.reciprocity.culture.VisionService;
import org.reciprocity.security.Roles;
import org.reciprocity.shared.Text;
import org.reciprocity.shared.ui.Notices;
import org.reciprocity.shared.ui.ViewHeader;
import org.reciprocity.shared.ui.Violations;
import org.springframework.dao.OptimisticLockingFailureException;

/** HR and admin write the vision and its values; publishing asks everyone to read it again. */
@Route("vision/edit")
@RolesAllowed({Roles.HR, Roles.ADMIN})
class VisionEditorView extends Main implements HasDynamicTitle {

    private final VisionService visions;
    private final int basedOnVersion;
    final TextArea statement = new TextArea();
    final List<ValueRow> rows = new ArrayList<>();
    private final Div rowContainer = new Div();
    final Button addValue = new Button();
    final Button publish = new Button();

    /** One value being edited. */
    final class ValueRow extends Div {
        final @Nullable Long id;
        final TextField name = new TextField();
        final TextArea description = new TextArea();

        ValueRow(@Nullable Long id, String nameText, String descriptionText) {
            this.id = id;
            addClassName("value-card");
            name.setLabel(getTranslation("vision.value.name"));
            name.setMaxLength(ValueDraft.NAME_MAX);
            name.setRequiredIndicatorVisible(true);
            name.setWidthFull();
            name.setValue(nameText);
            description.setLabel(getTranslation("vision.value.description"));
            description.setHelperText(getTranslation("vision.value.description.help"));
            description.setMaxLength(ValueDraft.DESCRIPTION_MAX);
            description.setRequiredIndicatorVisible(true);
            description.setWidthFull();
            description.setValue(descriptionText);
            var up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(this, -1));
            up.setAriaLabel(getTranslation("vision.value.up"));
            var down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(this, 1));
            down.setAriaLabel(getTranslation("vision.value.down"));
            var remove = new Button(getTranslation("vision.value.remove"), VaadinIcon.TRASH.create(), e -> remove(this));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            var tools = new FlexLayout(up, down, remove);
            tools.addClassName("view-actions");
            add(name, description, tools);
        }

        ValueDraft draft() {
            return new ValueDraft(id, name.getValue(), description.getValue());
        }
    }

    VisionEditorView(VisionService visions) {
        this.visions = visions;
        addClassName("view");
        var current = visions.current();
        basedOnVersion = current.map(v -> v.version()).orElse(0);

        statement.setLabel(getTranslation("vision.statement"));
        statement.setHelperText(getTranslation("vision.statement.help"));
        statement.setMaxLength(PublishVision.STATEMENT_MAX);
        statement.setRequiredIndicatorVisible(true);
        statement.setWidthFull();
        statement.setMinHeight("10rem");
        statement.setValueChangeMode(ValueChangeMode.EAGER);
        current.ifPresent(v -> statement.setValue(v.statement()));

        rowContainer.addClassName("value-cards");
        for (ServiceValue value : current.map(v -> v.values()).orElse(List.of())) {
            rows.add(new ValueRow(value.id(), value.name(), value.description()));
        }
        addValue.setText(getTranslation("vision.value.add"));
        addValue.setIcon(VaadinIcon.PLUS.create());
        addValue.addClickListener(e -> {
            var row = new ValueRow(null, "", "");
            rows.add(row);
            redraw();
            row.name.focus();
        });

        publish.setText(getTranslation("vision.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> confirmPublish());
        var cancel = new Button(getTranslation("action.cancel"), e -> UI.getCurrent().navigate(VisionView.class));

        add(new ViewHeader(getTranslation("vision.editor.title"), cancel, publish)
                        .withLead(getTranslation("vision.editor.lead", basedOnVersion + 1)),
                statement, new H2(getTranslation("vision.values")), rowContainer, addValue);
        redraw();
    }

    private void move(ValueRow row, int delta) {
        var index = rows.indexOf(row);
        var target = index + delta;
        if (target >= 0 && target < rows.size()) {
            rows.remove(index);
            rows.add(target, row);
            redraw();
        }
    }

    private void remove(ValueRow row) {
        rows.remove(row);
        redraw();
    }

    private void redraw() {
        rowContainer.removeAll();
        rows.forEach(rowContainer::add);
        addValue.setEnabled(rows.size() < PublishVision.MAX_VALUES);
    }

    private boolean validate() {
        var valid = true;
        statement.setInvalid(false);
        if (Text.lines(statement.getValue()).isEmpty()) {
            statement.setErrorMessage(getTranslation("vision.statement.required"));
            statement.setInvalid(true);
            valid = false;
        }
        for (var row : rows) {
            row.name.setInvalid(false);
            row.description.setInvalid(false);
            if (Text.line(row.name.getValue()).isEmpty()) {
                row.name.setErrorMessage(getTranslation("vision.value.name.required"));
                row.name.setInvalid(true);
                valid = false;
            }
            if (Text.lines(row.description.getValue()).isEmpty()) {
                row.description.setErrorMessage(getTranslation("vision.value.description.required"));
                row.description.setInvalid(true);
                valid = false;
            }
        }
        if (rows.isEmpty()) {
            Notices.error(getTranslation("vision.values.required"));
            valid = false;
        }
        return valid;
    }

    private void confirmPublish() {
        if (!validate()) {
            return;
        }
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("vision.publish.confirm.title", basedOnVersion + 1));
        dialog.setText(getTranslation("vision.publish.confirm.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("vision.publish"));
        dialog.addConfirmListener(e -> doPublish());
        dialog.open();
    }

    void doPublish() {
        try {
            var published = visions.publish(new PublishVision(basedOnVersion, statement.getValue(),
                    rows.stream().map(ValueRow::draft).toList()));
            Notices.success(getTranslation("vision.published", published.version()));
            UI.getCurrent().navigate(VisionView.class);
        } catch (CultureException e) {
            Notices.error(getTranslation(e.messageKey()));
        } catch (ConstraintViolationException e) {
            Violations.show(e, fields(), this::getTranslation);
            Notices.error(getTranslation("error.invalid"));
        } catch (OptimisticLockingFailureException e) {
            Notices.error(getTranslation("vision.publish.conflict"));
        }
    }

    /** The fields by the names the service's constraints give them: {@code values[2].name} for the third value. */
    private Map<String, HasValidation> fields() {
        var fields = new HashMap<String, HasValidation>();
        fields.put("statement", statement);
        for (int i = 0; i < rows.size(); i++) {
            fields.put("values[" + i + "].name", rows.get(i).name);
            fields.put("values[" + i + "].description", rows.get(i).description);
        }
        return fields;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("vision.editor.title");
    }
}
