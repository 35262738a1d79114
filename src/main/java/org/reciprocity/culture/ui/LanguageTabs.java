package org.reciprocity.culture.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.reciprocity.culture.Vision;
import org.reciprocity.shared.Languages;

/**
 * The editor's choice of the language being written, one tab per language, each saying how much is still missing
 * in it ("Українська · 3 missing"), so that an editor sees at a glance where translations are owed.
 */
final class LanguageTabs extends Tabs {

    private final Map<Locale, Tab> tabs = new LinkedHashMap<>();
    private final Map<Locale, Span> states = new LinkedHashMap<>();

    LanguageTabs(Consumer<Locale> onSelect) {
        addClassName("language-tabs");
        getElement().setAttribute("aria-label", getTranslation("vision.editor.languages"));
        for (var language : Languages.SUPPORTED) {
            var name = new Span(Languages.nativeName(language));
            name.getElement().setAttribute("lang", Languages.tag(language));
            var state = new Span();
            state.addClassName("badge");
            var tab = new Tab(name, state);
            tabs.put(language, tab);
            states.put(language, state);
            add(tab);
        }
        addSelectedChangeListener(e -> onSelect.accept(selected()));
    }

    Locale selected() {
        return tabs.entrySet().stream().filter(e -> e.getValue() == getSelectedTab()).map(Map.Entry::getKey)
                .findFirst().orElse(Vision.DEFAULT_LANGUAGE);
    }

    void select(Locale language) {
        setSelectedTab(tabs.get(language));
    }

    Tab tab(Locale language) {
        return tabs.get(language);
    }

    /** How many texts are still empty in this language. */
    void setMissing(Locale language, int missing) {
        var state = states.get(language);
        state.removeClassNames("success", "error");
        if (missing == 0) {
            state.setText(getTranslation("vision.editor.language.complete"));
            state.addClassName("success");
        } else {
            state.setText(getTranslation(language.equals(Vision.DEFAULT_LANGUAGE)
                    ? "vision.editor.language.required" : "vision.editor.language.missing", missing));
            state.addClassName(language.equals(Vision.DEFAULT_LANGUAGE) ? "error" : "pending");
        }
    }
}
