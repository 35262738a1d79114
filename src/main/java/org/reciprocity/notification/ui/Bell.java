package org.reciprocity.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Location;
import org.jspecify.annotations.Nullable;
import org.reciprocity.notification.LiveBell;
import org.reciprocity.notification.NotificationService;
import org.reciprocity.shared.ui.UserTime;

/**
 * The bell in the shell: how many unread, counting up live while the page is open (from any server node), and on
 * click the newest notifications (lazy), each opening what it is about; counted again on each navigation. The list is built when opened, so a closed
 * bell weighs a button and a number.
 */
class Bell extends Div implements AfterNavigationObserver {

    private final NotificationService notifications;
    private final LiveBell live;
    private final UserTime time;
    final Button button = new Button(VaadinIcon.BELL.create());
    final Span count = new Span();
    final Popover popover = new Popover();
    private LiveBell.@Nullable Subscription subscription;

    Bell(NotificationService notifications, LiveBell live, UserTime time) {
        this.notifications = notifications;
        this.live = live;
        this.time = time;
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.addClassName("bell-button");
        count.addClassName("bell-count");
        count.getElement().setAttribute("aria-hidden", "true");
        addClassName("bell");
        add(button, count);

        popover.setTarget(button);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setAriaLabel(getTranslation("notification.bell.title"));
        popover.setOverlayRole("dialog");
        popover.setAutofocus(true);
        popover.addClassName("bell-popover");
        popover.setWidth("min(24rem, calc(100vw - 2.5rem))"); // a phone's width, less the overlay's margins
        popover.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                popover.removeAll();
            } else if (popover.getElement().getChildCount() == 0) { // one list, however often "opened" is told
                popover.add(new BellList(notifications, time, this::opened, this::refresh));
            }
        });
        add(popover);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        refresh();
        var ui = event.getUI();
        subscription = live.subscribe(this::refresh, command -> ui.access(command::run));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
    }

    /** Counted again on each navigation too, so that a push missed (a reconnect) is made good by the next page. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    private void opened(String route) {
        popover.close();
        refresh();
        getUI().ifPresent(ui -> open(ui, route));
    }

    /** A notification's route may carry a query string, which {@code UI.navigate(String)} would take as the path. */
    static void open(UI ui, String route) {
        var location = new Location(route);
        ui.navigate(location.getPath(), location.getQueryParameters());
    }

    /** Reads the unread count again, as the person looking. */
    void refresh() {
        var unread = notifications.unreadCount();
        count.setText(unread == 0 ? "" : unread > 99 ? "99+" : Long.toString(unread));
        count.setVisible(unread > 0);
        button.setAriaLabel(unread == 0 ? getTranslation("notification.bell.none")
                : getTranslation("notification.bell.unread", unread));
        button.setTooltipText(button.getAriaLabel().orElse(""));
    }
}
