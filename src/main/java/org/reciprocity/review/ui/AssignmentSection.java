package org.reciprocity.review.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.reciprocity.people.EmployeeRef;
import org.reciprocity.people.PersonSearchKey;
import org.reciprocity.review.CaseDetails;

/** Who in HR handles the case. */
class AssignmentSection extends CaseSection {

    /** HR assigns the case to someone, or to nobody ({@code null}). */
    static final class AssignEvent extends ComponentEvent<AssignmentSection> {
        private final @Nullable Long employeeId;

        AssignEvent(AssignmentSection source, @Nullable Long employeeId) {
            super(source, false);
            this.employeeId = employeeId;
        }

        @Nullable Long employeeId() {
            return employeeId;
        }
    }

    final ComboBox<EmployeeRef> assignee = new ComboBox<>();
    /** The assignee the case has, as last shown: choosing them again asks for nothing. */
    private @Nullable Long shown;
    private final Button assignMe = new Button();

    /**
     * @param hrPeople     whom a case can be assigned to
     * @param myEmployeeId the reader's employee id, for "Assign me" (shown only when the case says it is possible)
     */
    AssignmentSection(List<EmployeeRef> hrPeople, @Nullable Long myEmployeeId) {
        super("review.case.assignment");
        assignee.setLabel(getTranslation("review.case.assignee"));
        assignee.setItems((person, typed) -> PersonSearchKey.matches(person.fullName(), typed), hrPeople);
        assignee.setItemLabelGenerator(EmployeeRef::fullName);
        assignee.setPlaceholder(getTranslation("review.unassigned"));
        assignee.setClearButtonVisible(true);
        assignee.addValueChangeListener(e -> {
            var chosen = e.getValue() == null ? null : e.getValue().id();
            if (!Objects.equals(chosen, shown)) {
                fireEvent(new AssignEvent(this, chosen));
            }
        });
        assignMe.setText(getTranslation("review.case.assignMe"));
        assignMe.setIcon(VaadinIcon.USER_CHECK.create());
        assignMe.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        assignMe.addClickListener(e -> fireEvent(new AssignEvent(this, myEmployeeId)));
        add(assignee, assignMe);
    }

    Registration addAssignListener(ComponentEventListener<AssignEvent> listener) {
        return addListener(AssignEvent.class, listener);
    }

    @Override
    void show(CaseDetails c) {
        shown = c.assignee() == null ? null : c.assignee().id();
        assignee.setValue(c.assignee());
        assignee.setReadOnly(!c.editable());
        assignMe.setVisible(c.actions().assignToMe());
    }

    @Override
    public Map<String, HasValidation> fields() {
        return Map.of("assignee", assignee);
    }
}
