package org.reciprocity.shared.ui;

import com.vaadin.flow.component.UI;

/**
 * Says something to screen readers without showing it: the outcome of an action that changed the page rather than
 * a field (a report sent, a draft restored). One polite live region per page, made on first use; the text is set a
 * moment after the region exists and is emptied first, so that it is read even when it is the same as before.
 * (Vaadin's notifications and field errors announce themselves.)
 */
public final class Announcer {

    static final String REGION_ID = "reciprocity-announcer";

    private static final String SCRIPT = "let region = document.getElementById('" + REGION_ID + "');"
            + "if (!region) {"
            + " region = document.createElement('div'); region.id = '" + REGION_ID + "';"
            + " region.className = 'visually-hidden';"
            + " region.setAttribute('aria-live', 'polite'); region.setAttribute('aria-atomic', 'true');"
            + " document.body.appendChild(region);"
            + "}"
            + "region.textContent = '';"
            + "setTimeout(() => { region.textContent = $0; }, 150);";

    private Announcer() {
    }

    public static void say(String text) {
        UI.getCurrent().getPage().executeJs(SCRIPT, text);
    }
}
