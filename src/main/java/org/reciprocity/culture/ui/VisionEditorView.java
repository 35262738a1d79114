package org.reciprocity.culture.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reciprocity.culture.CultureException;
import org.reciprocity.culture.PublishVision;
import org.reciprocity.culture.ServiceValue;
import org.reciprocity.culture.StatementDraft;
import org.reciprocity.culture.Vision;
import org.reciprocity.culture.VisionService;
import org.reciprocity.security.Roles;
import org.reciprocity.shared.Languages;
import org.reciprocity.shared.Text;
import org.reciprocity.shared.ui.Focus;
import org.reciprocity.shared.ui.Notices;
import org.reciprocity.shared.ui.ViewHeader;
import org.reciprocity.shared.ui.Violations;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * HR and admin write the vision and its values in each language, one language at a time (a tab each, saying what
 * is still missing in it); the default language is required. Publishing asks everyone to read it again.
 */
@Route("vision/edit")
@RolesAllowed({Roles.HR, Roles.ADMIN})
class VisionEditorView extends Main implements HasDynamicTitle, ValueRow.Owner {

    private final VisionService visions;
    private final int basedOnVersion;
    final LanguageTabs languages = new LanguageTabs(this::show);
    final Map<Locale, TextArea> statements = new LinkedHashMap<>();
    final List<ValueRow> rows = new ArrayList<>();
    private final Div rowContainer = new Div();
    final Button addValue = new Button();
    final Button publish = new Button();

    VisionEditorView(VisionService visions) {
        this.visions = visions;
        addClassName("view");
        var current = visions.current();
        basedOnVersion = current.map(Vision::version).orElse(0);

        var texts = new Div();
        for (var language : Languages.SUPPORTED) {
            statements.put(language, statement(current.map(v -> v.statements().get(language)).orElse(""),
                    language.equals(Vision.DEFAULT_LANGUAGE)));
        }
        texts.add(statements.values().toArray(Component[]::new));

        rowContainer.addClassName("value-cards");
        for (ServiceValue value : current.map(Vision::values).orElse(List.of())) {
            rows.add(new ValueRow(value.id(), value.texts(), this));
        }
        addValue.setText(getTranslation("vision.value.add"));
        addValue.setIcon(VaadinIcon.PLUS.create());
        addValue.addClickListener(e -> {
            var row = new ValueRow(null, Map.of(), this);
            rows.add(row);
            redraw();
            row.names.get(languages.selected()).focus();
        });

        publish.setText(getTranslation("vision.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> confirmPublish());
        var cancel = new Button(getTranslation("action.cancel"), e -> UI.getCurrent().navigate(VisionView.class));

        var help = new Paragraph(getTranslation("vision.editor.languages.help",
                Languages.nativeName(Vision.DEFAULT_LANGUAGE)));
        help.addClassName("muted");
        add(new ViewHeader(getTranslation("vision.editor.title"), cancel, publish)
                        .withLead(getTranslation("vision.editor.lead", basedOnVersion + 1)),
                languages, help, texts, new H2(getTranslation("vision.values")), rowContainer, addValue);
        redraw();
    }

    private TextArea statement(String text, boolean required) {
        var statement = new TextArea(getTranslation("vision.statement"));
        statement.setHelperText(getTranslation("vision.statement.help"));
        statement.setMaxLength(PublishVision.STATEMENT_MAX);
        statement.setRequiredIndicatorVisible(required);
        statement.setWidthFull();
        statement.setMinHeight("10rem");
        statement.setValueChangeMode(ValueChangeMode.LAZY);
        statement.setValue(text);
        statement.addValueChangeListener(e -> changed());
        return statement;
    }

    /** Shows the fields of one language. */
    void show(Locale language) {
        statements.forEach((l, field) -> field.setVisible(l.equals(language)));
        rows.forEach(row -> row.show(language));
    }

    @Override
    public void move(ValueRow row, int delta) {
        var index = rows.indexOf(row);
        var target = index + delta;
        if (target >= 0 && target < rows.size()) {
            rows.remove(index);
            rows.add(target, row);
            redraw();
        }
    }

    @Override
    public void remove(ValueRow row) {
        rows.remove(row);
        redraw();
    }

    /** Counts again, for each language's tab, what is still missing in it. */
    @Override
    public void changed() {
        for (var language : Languages.SUPPORTED) {
            var missing = Text.lines(statements.get(language).getValue()).isEmpty() ? 1 : 0;
            missing += (int) rows.stream().filter(row -> row.missing(language)).count();
            languages.setMissing(language, missing);
        }
    }

    private void redraw() {
        rowContainer.removeAll();
        rows.forEach(rowContainer::add);
        addValue.setEnabled(rows.size() < PublishVision.MAX_VALUES);
        show(languages.selected());
        changed();
    }

    /** Marks what publishing would refuse, in every language; shows the first language with a mark. */
    private boolean validate() {
        Locale firstInvalid = null;
        for (var language : Languages.SUPPORTED) {
            var valid = true;
            var statement = statements.get(language);
            statement.setInvalid(false);
            if (language.equals(Vision.DEFAULT_LANGUAGE) && Text.lines(statement.getValue()).isEmpty()) {
                statement.setErrorMessage(getTranslation("vision.statement.required"));
                statement.setInvalid(true);
                valid = false;
            }
            for (var row : rows) {
                valid &= row.validate(language);
            }
            if (!valid && firstInvalid == null) {
                firstInvalid = language;
            }
        }
        if (rows.isEmpty()) {
            Notices.error(getTranslation("vision.values.required"));
            return false;
        }
        if (firstInvalid != null) {
            showInvalid(firstInvalid);
        }
        return firstInvalid == null;
    }

    /** Opens the language's tab and takes the editor to its first marked field. */
    private void showInvalid(Locale language) {
        languages.select(language);
        show(language);
        var fields = new ArrayList<Component>();
        fields.add(statements.get(language));
        rows.forEach(row -> {
            fields.add(row.names.get(language));
            fields.add(row.descriptions.get(language));
        });
        Focus.moveToFirst(fields.stream().filter(f -> ((HasValidation) f).isInvalid()).toList());
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
            var published = visions.publish(new PublishVision(basedOnVersion, Languages.SUPPORTED.stream()
                    .map(l -> new StatementDraft(l, statements.get(l).getValue())).toList(),
                    rows.stream().map(ValueRow::draft).toList()));
            Notices.success(getTranslation("vision.published", published.version()));
            UI.getCurrent().navigate(VisionView.class);
        } catch (CultureException e) {
            Violations.show(e, fields(), this::getTranslation);
            firstMarkedLanguage();
        } catch (ConstraintViolationException e) {
            Violations.show(e, fields(), this::getTranslation);
            firstMarkedLanguage();
            Notices.error(getTranslation("error.invalid"));
        } catch (OptimisticLockingFailureException e) {
            Notices.error(getTranslation("vision.publish.conflict"));
        }
    }

    private void firstMarkedLanguage() {
        for (var language : Languages.SUPPORTED) {
            if (statements.get(language).isInvalid() || rows.stream().anyMatch(row ->
                    row.names.get(language).isInvalid() || row.descriptions.get(language).isInvalid())) {
                showInvalid(language);
                return;
            }
        }
    }

    /**
     * The fields by the names the service's constraints give them: {@code values[2].wordings[1].name} for the
     * third value's name in the second language, {@code statements[0].text} for the vision in the first.
     */
    private Map<String, HasValidation> fields() {
        var fields = new LinkedHashMap<String, HasValidation>();
        for (int j = 0; j < Languages.SUPPORTED.size(); j++) {
            var language = Languages.SUPPORTED.get(j);
            fields.put("statements[" + j + "].text", statements.get(language));
            for (int i = 0; i < rows.size(); i++) {
                fields.put("values[" + i + "].wordings[" + j + "].name", rows.get(i).names.get(language));
                fields.put("values[" + i + "].wordings[" + j + "].description", rows.get(i).descriptions.get(language));
            }
        }
        return fields;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("vision.editor.title");
    }
}
