package org.reciprocity.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import org.reciprocity.shared.Languages;
import org.reciprocity.shared.Shown;

/**
 * Says that a text is shown in another language than the reader's because nobody has translated it yet
 * ("Shown in English — not yet translated"), and marks the text with its own {@code lang}, so that a screen reader
 * reads it with the right voice. The note is written in the reader's language, one sentence per shown language
 * (keys {@code content.fallback.<tag>}, short form {@code content.fallback.short.<tag>}), so that each language
 * gets its own grammar.
 */
public final class TranslationMark {

    private static final String NOTE = "content.fallback.";
    private static final String SHORT = "content.fallback.short.";

    private TranslationMark() {
    }

    /** The reader's language, as {@code getTranslation} takes it. */
    private static Locale readerLanguage() {
        var ui = UI.getCurrent();
        return Languages.closest(ui == null ? Languages.ENGLISH : ui.getLocale());
    }

    /** The note in the reader's language: "Shown in English — not yet translated". */
    public static String note(Component reader, Locale shownIn) {
        return reader.getTranslation(NOTE + shownIn.getLanguage());
    }

    /** A label that says it is in another language, for lists and choices: "Go the extra mile (in English)". */
    public static String label(Component reader, String text, Shown<?> shown) {
        return shown.fallback()
                ? text + " (" + reader.getTranslation(SHORT + shown.language().getLanguage()) + ")"
                : text;
    }

    /** Gives the component the {@code lang} of its text when that is not the page's. */
    public static <C extends HasElement> C inItsLanguage(C component, Shown<?> shown) {
        if (shown.fallback()) {
            component.getElement().setAttribute("lang", Languages.tag(shown.language()));
        }
        return component;
    }

    /** The visible note under a text shown in another language, in the reader's language and {@code lang}. */
    public static Span note(Component reader, Shown<?> shown) {
        var icon = VaadinIcon.GLOBE.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        var note = new Span(icon, new Span(note(reader, shown.language())));
        note.addClassName("translation-mark");
        note.getElement().setAttribute("lang", Languages.tag(readerLanguage()));
        return note;
    }

    /**
     * A short visible mark inside a badge ("in English"), read out in full by screen readers and shown in full on
     * hover, for places too small for the note.
     */
    public static Span tag(Component reader, Shown<?> shown) {
        var language = shown.language().getLanguage();
        var visible = new Span(reader.getTranslation(SHORT + language));
        visible.getElement().setAttribute("aria-hidden", "true");
        var spoken = new Span(note(reader, shown.language()));
        spoken.addClassName("visually-hidden");
        var tag = new Span(visible, spoken);
        tag.addClassName("translation-mark-tag");
        tag.getElement().setAttribute("lang", Languages.tag(readerLanguage()));
        tag.getElement().setAttribute("title", note(reader, shown.language()));
        return tag;
    }
}
