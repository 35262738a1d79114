package org.reciprocity.review.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import org.reciprocity.people.EmployeeRef;
import org.reciprocity.review.CaseDetails;
import org.springframework.data.domain.Pageable;

/** The employees the case concerns: linked by HR, so that praise reaches them and incidents count for them. */
class PeopleSection extends CaseSection {

    /** HR links ({@code linked}) or unlinks an employee. */
    static final class LinkEvent extends ComponentEvent<PeopleSection> {
        private final long employeeId;
        private final boolean linked;

        LinkEvent(PeopleSection source, long employeeId, boolean linked) {
            super(source, false);
            this.employeeId = employeeId;
            this.linked = linked;
        }

        long employeeId() {
            return employeeId;
        }

        boolean linked() {
            return linked;
        }
    }

    private final Div list = new Div();
    final ComboBox<EmployeeRef> linkPicker = new ComboBox<>();

    PeopleSection(ComboBoxBase.SpringData.FetchCallback<Pageable, EmployeeRef> directory) {
        super("review.case.linked");
        list.addClassName("review-linked");
        linkPicker.setLabel(getTranslation("review.case.link"));
        linkPicker.setHelperText(getTranslation("review.case.link.help"));
        linkPicker.setItemsPageable(directory);
        linkPicker.setItemLabelGenerator(p -> p.fullName() + " — " + p.jobTitle());
        linkPicker.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                fireEvent(new LinkEvent(this, e.getValue().id(), true));
            }
        });
        add(list, linkPicker);
    }

    Registration addLinkListener(ComponentEventListener<LinkEvent> listener) {
        return addListener(LinkEvent.class, listener);
    }

    @Override
    void show(CaseDetails c) {
        list.removeAll();
        if (c.linked().isEmpty()) {
            list.add(muted(getTranslation("review.case.linked.none")));
        }
        for (var person : c.linked()) {
            var row = new Div(new Span(person.fullName()), muted(person.jobTitle()));
            row.addClassName("review-linked-row");
            if (c.actions().unlinkable().contains(person.id())) {
                var label = getTranslation("review.case.unlink", person.fullName());
                var remove = new Button(VaadinIcon.CLOSE_SMALL.create(),
                        e -> fireEvent(new LinkEvent(this, person.id(), false)));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                remove.setAriaLabel(label);
                remove.setTooltipText(label);
                row.add(remove);
            }
            list.add(row);
        }
        linkPicker.setVisible(c.actions().link());
    }

    @Override
    public Map<String, HasValidation> fields() {
        return Map.of("employee", linkPicker);
    }

    @Override
    public void done() {
        linkPicker.clear();
        linkPicker.setInvalid(false);
    }
}
