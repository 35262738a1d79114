package org.reciprocity.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableFunction;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Keeps what someone typed into a form in this browser tab (its {@code sessionStorage}) until the form is sent, so
 * that a page which starts over — the session ended, the language was switched, the person went elsewhere and came
 * back — gets it back, with a note saying so and a way to discard it. The draft never reaches the server's storage
 * and lives only as long as the tab. Text is stored by the browser itself as it is typed (so also after the session
 * has ended); choices are stored when the server receives them. Once sent, the form {@link #forget}s it: nothing after
 * sending (a receipt code) is ever in a draft.
 */
public final class FormDraft implements Serializable {

    static final String PREFIX = "reciprocity.draft.";

    /** Installed on the form once per element: stores each text field (marked data-draft) as it is typed; returns the draft. */
    private static final String KEEP = "const root = this, key = $0;"
            + "if (!root.__reciprocityDraft) {"
            + " root.__reciprocityDraft = true;"
            + " root.addEventListener('input', e => {"
            + "  const field = e.composedPath().find(n => n instanceof HTMLElement && n.dataset.draft);"
            + "  if (!field) return;"
            + "  const value = typeof e.target.value === 'string' ? e.target.value : field.value;"
            + "  try {"
            + "   const draft = JSON.parse(sessionStorage.getItem(key) || '{}');"
            + "   draft[field.dataset.draft] = value;"
            + "   sessionStorage.setItem(key, JSON.stringify(draft));"
            + "  } catch (ignored) { }"
            + " });"
            + "}"
            + "try {"
            + " const draft = JSON.parse(sessionStorage.getItem(key) || '{}');"
            + " return Object.fromEntries(Object.entries(draft).filter(([, v]) => typeof v === 'string'));"
            + "} catch (ignored) { return {}; }";

    private static final String STORE = "try {"
            + " const draft = JSON.parse(sessionStorage.getItem($0) || '{}');"
            + " if ($2 === '') { delete draft[$1]; } else { draft[$1] = $2; }"
            + " sessionStorage.setItem($0, JSON.stringify(draft));"
            + "} catch (ignored) { }";

    private static final String FORGET = "try { sessionStorage.removeItem($0); } catch (ignored) { }";

    private static final String FORGET_ALL = "try { Object.keys(sessionStorage).filter(k => k.startsWith($0))"
            + ".forEach(k => sessionStorage.removeItem(k)); } catch (ignored) { }";

    /** How one field's value is written down and read back; decoding returns null for what no longer exists. */
    public interface Codec<T> extends Serializable {
        String encode(T value);

        @Nullable T decode(String saved);
    }

    /** A tick: "true" or "false". */
    public static final Codec<Boolean> TICK = codec(String::valueOf, Boolean::valueOf);

    /** One of an enum's constants, by name. */
    public static <E extends Enum<E>> Codec<E> option(Class<E> type) {
        return codec(Enum::name, saved -> Enum.valueOf(type, saved));
    }

    public static <T> Codec<T> codec(SerializableFunction<T, String> encode,
                                     SerializableFunction<String, @Nullable T> decode) {
        return new Codec<>() {
            @Override
            public String encode(T value) {
                return encode.apply(value);
            }

            @Override
            public @Nullable T decode(String saved) {
                return decode.apply(saved);
            }
        };
    }

    private record Field<T>(HasValue<?, T> input, Codec<T> codec) implements Serializable {

        /** Puts the saved value in; returns the value it replaced, or null when nothing changed. */
        @Nullable Restored<T> restore(String saved) {
            T value;
            try {
                value = codec.decode(saved);
            } catch (RuntimeException unreadable) {
                return null; // edited by hand or left by an older version: nothing to restore
            }
            if (value == null || Objects.equals(value, input.getEmptyValue()) || Objects.equals(value, input.getValue())) {
                return null;
            }
            var before = input.getValue();
            input.setValue(value);
            return new Restored<>(input, before);
        }
    }

    private record Restored<T>(HasValue<?, T> input, T before) implements Serializable {
        void undo() {
            input.setValue(before);
        }
    }

    private final Component form;
    private final String key;
    private final Map<String, Field<?>> fields = new LinkedHashMap<>();
    private final List<Restored<?>> restored = new ArrayList<>();
    private boolean read;
    private @Nullable Div note;

    private FormDraft(Component form, String key) {
        this.form = form;
        this.key = PREFIX + key;
        form.addAttachListener(e -> keep());
    }

    /**
     * @param form the component around the fields; the note appears in it, above the first field
     * @param key  names the form for this tab; add what tells two drafts apart (the case, the signed-in account)
     */
    public static FormDraft keep(Component form, String key) {
        return new FormDraft(form, key);
    }

    /** A text field, kept by the browser as it is typed. */
    public <F extends Component & HasValue<?, String>> FormDraft text(String name, F field) {
        field.getElement().setAttribute("data-draft", name);
        fields.put(name, new Field<>(field, codec(typed -> typed, saved -> saved)));
        return this;
    }

    /** A choice (an option, a date, a tick, people picked), kept when the server receives it. */
    public <T> FormDraft choice(String name, HasValue<?, T> field, Codec<T> codec) {
        fields.put(name, new Field<>(field, codec));
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                var value = e.getValue();
                UI.getCurrent().getPage().executeJs(STORE, key, name,
                        value == null || Objects.equals(value, field.getEmptyValue()) ? "" : codec.encode(value));
            }
        });
        return this;
    }

    /** The form was sent (or is no longer wanted): this tab forgets the draft and the note goes. */
    public void forget() {
        UI.getCurrent().getPage().executeJs(FORGET, key);
        restored.clear();
        removeNote();
    }

    /** Signing out: this tab forgets every draft, so the next person at a shared computer finds none. */
    public static void forgetAll() {
        UI.getCurrent().getPage().executeJs(FORGET_ALL, PREFIX);
    }

    private void keep() {
        var asked = form.getElement().executeJs(KEEP, key);
        if (!read) {
            read = true;
            asked.then(JsonNode.class, this::restore);
        }
    }

    private void restore(JsonNode saved) {
        if (!saved.isObject()) {
            return;
        }
        // in the form's order, so that a choice which shows another field (praise: "may we publish it?") comes first
        fields.forEach((name, field) -> {
            var value = saved.get(name);
            if (value != null && value.isString() && shown(field.input())) {
                var done = field.restore(value.stringValue());
                if (done != null) {
                    restored.add(done);
                }
            }
        });
        if (!restored.isEmpty()) {
            showNote();
        }
    }

    private static boolean shown(HasValue<?, ?> input) {
        return !(input instanceof Component component) || component.isVisible();
    }

    private void showNote() {
        var text = form.getTranslation("draft.restored");
        var discard = new Button(form.getTranslation("draft.discard"), VaadinIcon.CLOSE_SMALL.create(), e -> discard());
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var shown = new Div(VaadinIcon.TIME_BACKWARD.create(), new Span(text), discard);
        shown.addClassName("draft-note");
        note = shown;
        form.getElement().insertChild(noteIndex(), shown.getElement());
        Announcer.say(text);
    }

    /** Puts back what the form showed before the draft came back, and starts at its first field. */
    private void discard() {
        restored.reversed().forEach(Restored::undo);
        forget();
        fields.values().stream().map(Field::input).filter(Component.class::isInstance).map(Component.class::cast)
                .findFirst().ifPresent(Focus::moveTo);
    }

    private void removeNote() {
        var shown = note;
        note = null;
        if (shown != null) {
            shown.getElement().removeFromParent();
        }
    }

    /** Just above the first field: the child of the form that holds it. */
    private int noteIndex() {
        var root = form.getElement();
        for (var field : fields.values()) {
            if (field.input() instanceof Component component) {
                for (var current = component.getElement(); current.getParent() != null; current = current.getParent()) {
                    if (current.getParent().equals(root)) {
                        return root.indexOfChild(current);
                    }
                }
            }
        }
        return 0;
    }
}
