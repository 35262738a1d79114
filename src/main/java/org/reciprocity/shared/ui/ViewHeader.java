package org.reciprocity.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

/** A view's title, an optional lead sentence, and its main actions at the right (below on a phone). */
public class ViewHeader extends Header {

    private final FlexLayout actions = new FlexLayout();

    public ViewHeader(String title, Component... actions) {
        addClassName("view-header");
        var heading = new H1(title);
        heading.addClassName("view-title");
        this.actions.addClassName("view-actions");
        this.actions.add(actions);
        add(heading, this.actions);
    }

    public ViewHeader withLead(String text) {
        var lead = new Paragraph(text);
        lead.addClassName("view-lead");
        add(lead);
        return this;
    }

    public void addAction(Component action) {
        actions.add(action);
    }
}
