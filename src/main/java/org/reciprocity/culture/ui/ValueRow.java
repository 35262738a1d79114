package org.reciprocity.culture.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.reciprocity.culture.ValueDraft;
import org.reciprocity.culture.ValueText;
import org.reciprocity.culture.ValueWording;
import org.reciprocity.culture.Vision;
import org.reciprocity.shared.Languages;
import org.reciprocity.shared.Text;

/** One value being edited: its name and description in each language, of which the editor shows one at a time. */
final class ValueRow extends Div {

    /** What the editor does when a row asks to move, to go, or has changed. */
    interface Owner {
        void move(ValueRow row, int delta);

        void remove(ValueRow row);

        void changed();
    }

    final @Nullable Long id;
    final Map<Locale, TextField> names = new LinkedHashMap<>();
    final Map<Locale, TextArea> descriptions = new LinkedHashMap<>();

    ValueRow(@Nullable Long id, Map<Locale, ValueText> texts, Owner owner) {
        this.id = id;
        addClassName("value-card");
        for (var language : Languages.SUPPORTED) {
            var text = texts.get(language);
            var required = language.equals(Vision.DEFAULT_LANGUAGE);
            var name = new TextField(getTranslation("vision.value.name"));
            name.setMaxLength(ValueDraft.NAME_MAX);
            name.setRequiredIndicatorVisible(required);
            name.setWidthFull();
            name.setValue(text == null ? "" : text.name());
            name.addValueChangeListener(e -> owner.changed());
            var description = new TextArea(getTranslation("vision.value.description"));
            description.setHelperText(getTranslation("vision.value.description.help"));
            description.setMaxLength(ValueDraft.DESCRIPTION_MAX);
            description.setRequiredIndicatorVisible(required);
            description.setWidthFull();
            description.setValue(text == null ? "" : text.description());
            description.addValueChangeListener(e -> owner.changed());
            names.put(language, name);
            descriptions.put(language, description);
            add(name, description);
        }
        var up = new Button(VaadinIcon.ARROW_UP.create(), e -> owner.move(this, -1));
        up.setAriaLabel(getTranslation("vision.value.up"));
        var down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> owner.move(this, 1));
        down.setAriaLabel(getTranslation("vision.value.down"));
        var remove = new Button(getTranslation("vision.value.remove"), VaadinIcon.TRASH.create(),
                e -> owner.remove(this));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        var tools = new FlexLayout(up, down, remove);
        tools.addClassName("view-actions");
        add(tools);
    }

    /** Shows the fields of one language. */
    void show(Locale language) {
        names.forEach((l, field) -> field.setVisible(l.equals(language)));
        descriptions.forEach((l, field) -> field.setVisible(l.equals(language)));
    }

    /** Whether the value still lacks its name or description in this language. */
    boolean missing(Locale language) {
        return Text.line(names.get(language).getValue()).isEmpty()
                || Text.lines(descriptions.get(language).getValue()).isEmpty();
    }

    /**
     * Marks what publishing would refuse in this language, as the service judges it: in the default language both
     * texts are needed; in another, both or neither.
     *
     * @return true if nothing was marked
     */
    boolean validate(Locale language) {
        var name = names.get(language);
        var description = descriptions.get(language);
        name.setInvalid(false);
        description.setInvalid(false);
        var hasName = !Text.line(name.getValue()).isEmpty();
        var hasDescription = !Text.lines(description.getValue()).isEmpty();
        if (!language.equals(Vision.DEFAULT_LANGUAGE) && !hasName && !hasDescription) {
            return true;
        }
        if (!hasName) {
            name.setErrorMessage(getTranslation("vision.value.name.required"));
            name.setInvalid(true);
        }
        if (!hasDescription) {
            description.setErrorMessage(getTranslation("vision.value.description.required"));
            description.setInvalid(true);
        }
        return hasName && hasDescription;
    }

    ValueDraft draft() {
        return new ValueDraft(id, Languages.SUPPORTED.stream().map(language -> new ValueWording(language,
                names.get(language).getValue(), descriptions.get(language).getValue())).toList());
    }
}
