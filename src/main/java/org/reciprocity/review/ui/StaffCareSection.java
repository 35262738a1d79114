package org.reciprocity.review.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.reciprocity.review.CaseDetails;
import org.reciprocity.review.CaseWorkflow;
import org.reciprocity.review.CustomerOutcome;

/**
 * A staff member abused by a customer: what the company did towards the customer, and recognising the staff who
 * kept their dignity (which asks their manager to check in with them).
 */
class StaffCareSection extends CaseSection {

    /** HR records the outcome towards the customer. */
    static final class OutcomeEvent extends ComponentEvent<StaffCareSection> {
        private final @Nullable CustomerOutcome outcome;
        private final String note;

        OutcomeEvent(StaffCareSection source, @Nullable CustomerOutcome outcome, String note) {
            super(source, false);
            this.outcome = outcome;
            this.note = note;
        }

        @Nullable CustomerOutcome outcome() {
            return outcome;
        }

        String note() {
            return note;
        }
    }

    /** HR recognises that a linked staff member kept their dignity. */
    static final class DignityEvent extends ComponentEvent<StaffCareSection> {
        private final long employeeId;

        DignityEvent(StaffCareSection source, long employeeId) {
            super(source, false);
            this.employeeId = employeeId;
        }

        long employeeId() {
            return employeeId;
        }
    }

    final Select<CustomerOutcome> outcome = new Select<>();
    final TextField outcomeNote = new TextField();
    private final Button save = new Button();
    private final Div dignity = new Div();
    /** HR changed the outcome fields and has not saved them yet: showing the case must not overwrite them. */
    private boolean edited;
    /** The last request was to save the outcome (not a recognition), so its success ends the editing. */
    private boolean savingOutcome;

    StaffCareSection() {
        super("review.case.staff");
        var lead = new Paragraph(getTranslation("review.case.staff.lead"));
        lead.addClassName("muted");
        outcome.setLabel(getTranslation("review.case.outcome"));
        outcome.setItems(CustomerOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation(o.translationKey()));
        outcome.addValueChangeListener(e -> edited |= e.isFromClient());
        outcomeNote.setLabel(getTranslation("review.case.outcome.note"));
        outcomeNote.setMaxLength(CaseWorkflow.REASON_MAX);
        outcomeNote.setWidthFull();
        outcomeNote.addValueChangeListener(e -> edited |= e.isFromClient());
        save.setText(getTranslation("review.case.outcome.save"));
        save.addClickListener(e -> {
            savingOutcome = true;
            fireEvent(new OutcomeEvent(this, outcome.getValue(), outcomeNote.getValue()));
        });
        add(lead, outcome, outcomeNote, save, dignity);
    }

    Registration addOutcomeListener(ComponentEventListener<OutcomeEvent> listener) {
        return addListener(OutcomeEvent.class, listener);
    }

    Registration addDignityListener(ComponentEventListener<DignityEvent> listener) {
        return addListener(DignityEvent.class, listener);
    }

    @Override
    void show(CaseDetails c) {
        var allowed = c.actions().recordOutcome();
        if (!edited) {
            outcome.setValue(c.outcome());
            outcomeNote.setValue(c.outcomeNote() == null ? "" : c.outcomeNote());
        }
        outcome.setReadOnly(!allowed);
        outcomeNote.setReadOnly(!allowed);
        save.setVisible(allowed);
        dignity.removeAll();
        for (var person : c.linked()) {
            if (c.dignity().contains(person.id())) {
                var done = new Span(VaadinIcon.CHECK.create(),
                        new Span(getTranslation("review.case.dignity.done", person.fullName())));
                done.addClassNames("badge", "success", "review-dignity");
                dignity.add(done);
            } else if (c.actions().dignityPossible().contains(person.id())) {
                var recognise = new Button(getTranslation("review.case.dignity", person.fullName()),
                        VaadinIcon.SHIELD.create(), e -> {
                            savingOutcome = false;
                            fireEvent(new DignityEvent(this, person.id()));
                        });
                recognise.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
                dignity.add(recognise);
            }
        }
        if (allowed && c.linked().isEmpty()) {
            dignity.add(muted(getTranslation("review.case.dignity.linkFirst")));
        }
    }

    @Override
    public Map<String, HasValidation> fields() {
        return Map.of("outcome", outcome, "outcomeNote", outcomeNote, "note", outcomeNote);
    }

    @Override
    public void done() {
        edited &= !savingOutcome;
        outcome.setInvalid(false);
        outcomeNote.setInvalid(false);
    }
}
