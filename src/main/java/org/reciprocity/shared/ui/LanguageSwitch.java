package org.reciprocity.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.reciprocity.shared.Languages;

/** A language chooser for pages outside the shell (the login and public pages). */
public class LanguageSwitch extends Div {

    public LanguageSwitch() {
        addClassName("language-switch");
        var select = new Select<Locale>();
        select.setLabel(getTranslation("shell.user.language"));
        select.setItems(Languages.SUPPORTED);
        select.setItemLabelGenerator(Languages::nativeName);
        select.setValue(Languages.closest(UI.getCurrent().getLocale()));
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                apply(e.getValue());
            }
        });
        add(select);
    }

    /** Switches this browser to the language (for this session and the next) and redraws the page in it. */
    static void apply(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        ChosenLanguage.remember(locale);
        UI.getCurrent().getPage().reload();
    }
}
