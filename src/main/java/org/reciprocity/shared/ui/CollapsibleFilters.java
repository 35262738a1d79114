package org.reciprocity.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A list's filters. On a wide screen they stand in a row as always; on a phone (up to 600 px, in the style sheet)
 * they fold behind one "Filters (2)" button that says how many are set, so that the list's first entry is on the
 * first screen. Open or closed is this component's state; which width folds is the style sheet's.
 */
public class CollapsibleFilters extends Div {

    private static final AtomicInteger IDS = new AtomicInteger();

    final Button toggle = new Button();
    final Div fields = new Div();
    private int active;
    private boolean open;

    public CollapsibleFilters(Component... filters) {
        addClassName("collapsible-filters");
        fields.addClassName("filters");
        fields.setId("filters-" + IDS.incrementAndGet());
        fields.add(filters);
        toggle.addClassName("filters-toggle");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toggle.setIcon(VaadinIcon.FILTER.create());
        toggle.getElement().setAttribute("aria-controls", fields.getId().orElseThrow());
        toggle.addClickListener(e -> setOpen(!open));
        add(toggle, fields);
        show();
    }

    /** How many filters are set now (not at their "any" value); the button says so. */
    public void setActiveCount(int count) {
        active = count;
        show();
    }

    public int getActiveCount() {
        return active;
    }

    /** Unfolds (or folds) the filters on a phone; a wide screen shows them either way. */
    public void setOpen(boolean open) {
        this.open = open;
        show();
    }

    public boolean isOpen() {
        return open;
    }

    private void show() {
        toggle.setText(active == 0 ? getTranslation("filters.toggle")
                : getTranslation("filters.toggle.active", active));
        toggle.getElement().setAttribute("aria-expanded", Boolean.toString(open));
        setClassName("open", open);
    }
}
