package org.reciprocity.shared.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * Short confirmations and warnings, the one way the portal shows them. A notice sits in the bottom corner, away from
 * the forms (which start at the left; on a phone over the top bar), one at a time (a new one replaces the last, so none stack over a form), and
 * goes when the person moves to another page, except one shown together with that move ("Recognition given" on the
 * board the form led to). Vaadin's notification card is a live region: screen readers read each notice. Mistakes
 * in a field are shown next to the field instead ({@link Violations}).
 */
public final class Notices {

    /** The styles' phone layout starts here (styles.css: max-width 600px). */
    static final int PHONE_WIDTH = 600;

    private Notices() {
    }

    public static void success(String text) {
        show(new Notification(text, 4000), NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String text) {
        show(new Notification(text, 8000), NotificationVariant.LUMO_ERROR);
    }

    /** A warning that stays until acted on (or the page changes), such as "changed meanwhile — reload". */
    public static Notification warning(String text, String actionLabel, Runnable action) {
        var notification = new Notification();
        notification.setDuration(0);
        var act = new Button(actionLabel, e -> {
            notification.close();
            action.run();
        });
        act.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var box = new Div(new Span(text), act);
        box.addClassName("notice-with-action");
        notification.add(box);
        show(notification, NotificationVariant.LUMO_WARNING);
        return notification;
    }

    private static void show(Notification notification, NotificationVariant variant) {
        notification.addThemeVariants(variant);
        var ui = UI.getCurrent();
        notification.setPosition(Notification.Position.BOTTOM_END);
        if (ui != null) {
            if (onAPhone(ui)) {
                notification.setPosition(Notification.Position.TOP_STRETCH);
            }
            Shown.on(ui).replaceWith(ui, notification);
        }
        notification.open();
    }

    /**
     * A phone's width leaves no corner beside a form: there the notice goes over the top bar (the shell's title and
     * bell) instead of the bottom of the screen, where the form goes on. The width is the one the page opened with.
     */
    private static boolean onAPhone(UI ui) {
        var width = ui.getPage().getExtendedClientDetails().getWindowInnerWidth();
        return width > 0 && width <= PHONE_WIDTH;
    }

    /** The notice open on a page, and whether it was there before the current request (so a move closes it). */
    private static final class Shown implements Serializable {

        private @Nullable Notification current;
        private boolean settled;

        static Shown on(UI ui) {
            var shown = ComponentUtil.getData(ui, Shown.class);
            if (shown == null) {
                var created = new Shown();
                ComponentUtil.setData(ui, Shown.class, created);
                ui.addAfterNavigationListener(e -> created.closeIfSettled());
                shown = created;
            }
            return shown;
        }

        void replaceWith(UI ui, Notification next) {
            var previous = current;
            if (previous != null) {
                previous.close();
            }
            current = next;
            settled = false;
            // at the end of this request: any later navigation is a new move, which the notice does not outlive
            ui.beforeClientResponse(ui, context -> {
                if (current == next) {
                    settled = true;
                }
            });
            next.addOpenedChangeListener(e -> {
                if (!e.isOpened() && current == next) {
                    current = null;
                }
            });
        }

        void closeIfSettled() {
            var open = current;
            if (open != null && settled) {
                current = null;
                open.close();
            }
        }
    }
}
