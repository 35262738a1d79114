package org.reciprocity.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.signals.Signal;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.reciprocity.shared.Languages;
import org.springframework.stereotype.Component;

/**
 * The page speaks the UI's language (WCAG 3.1.1): {@code <html lang dir>} is written into the host page from the
 * session's language (Vaadin writes its translation provider's default, English, into every page), and follows
 * every later change of the UI's locale — the language switch, the language remembered at sign-in — without a
 * reload, together with the texts Vaadin shows for the whole page ({@link VaadinTexts#applyToPage}).
 */
@Component
class PageLocale implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            var session = VaadinSession.getCurrent();
            if (session != null) {
                declare(page.getDocument(), session.getLocale());
            }
        });
        event.getSource().addUIInitListener(init -> follow(init.getUI()));
    }

    static void declare(Document page, Locale locale) {
        page.getElementsByTag("html").attr("lang", Languages.tag(locale)).attr("dir", Languages.direction(locale));
    }

    /** Runs now, and again whenever the UI's locale changes, for as long as the UI lives. */
    private static void follow(UI ui) {
        Signal.effect(ui, () -> {
            var locale = ui.localeSignal().get();
            ui.getPage().executeJs("document.documentElement.lang = $0; document.documentElement.dir = $1;",
                    Languages.tag(locale), Languages.direction(locale));
            VaadinTexts.applyToPage(ui);
        });
    }
}
