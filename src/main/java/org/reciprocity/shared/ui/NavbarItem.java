package org.reciprocity.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature puts in the shell's top bar, before the user menu (the notification bell, for instance).
 * Declare a Spring bean; the shell asks it once per browser tab, with the signed-in user's security context.
 */
public interface NavbarItem {

    /** A new component for one shell; it lives as long as the tab. */
    Component create();
}
