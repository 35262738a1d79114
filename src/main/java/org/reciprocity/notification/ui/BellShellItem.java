package org.reciprocity.notification.ui;

import org.reciprocity.notification.LiveBell;
import org.reciprocity.notification.NotificationService;
import org.reciprocity.shared.ui.NavbarItem;
import org.reciprocity.shared.ui.UserTime;

/** Puts the {@link Bell} in every shell. */
@org.springframework.stereotype.Component
class BellShellItem implements NavbarItem {

    private final NotificationService notifications;
    private final LiveBell live;
    private final UserTime time;

    BellShellItem(NotificationService notifications, LiveBell live, UserTime time) {
        this.notifications = notifications;
        this.live = live;
        this.time = time;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        return new Bell(notifications, live, time);
    }
}
