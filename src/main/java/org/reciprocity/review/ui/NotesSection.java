package org.reciprocity.review.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import org.reciprocity.review.AuditAction;
import org.reciprocity.review.CaseDetails;
import org.reciprocity.review.CaseWorkflow;
import org.reciprocity.shared.ui.FormDraft;
import org.reciprocity.shared.ui.UserTime;

/** HR's internal notes on the case, which the reporter never sees. */
class NotesSection extends CaseSection {

    /** HR adds a note. */
    static final class NoteEvent extends ComponentEvent<NotesSection> {
        private final String text;

        NoteEvent(NotesSection source, String text) {
            super(source, false);
            this.text = text;
        }

        String text() {
            return text;
        }
    }

    private final UserTime time;
    private final Div list = new Div();
    final TextArea note = new TextArea();
    private final Button add = new Button();
    private final FormDraft draft;

    /** @param draftKey names this case's note for this account, kept in the tab until added ({@link FormDraft}) */
    NotesSection(UserTime time, String draftKey) {
        super("review.case.notes");
        this.time = time;
        note.setLabel(getTranslation("review.case.note"));
        note.setMaxLength(CaseWorkflow.NOTE_MAX);
        note.setWidthFull();
        add.setText(getTranslation("review.case.note.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addClickListener(e -> fireEvent(new NoteEvent(this, note.getValue())));
        add(muted(getTranslation("review.case.notes.lead")), list, note, add);
        draft = FormDraft.keep(this, draftKey).text("text", note);
    }

    Registration addNoteListener(ComponentEventListener<NoteEvent> listener) {
        return addListener(NoteEvent.class, listener);
    }

    @Override
    void show(CaseDetails c) {
        list.removeAll();
        c.trail().stream().filter(l -> l.action() == AuditAction.NOTE).forEach(line -> {
            var text = new Paragraph(line.after() == null ? "" : line.after());
            text.addClassName("review-text");
            var entry = new Div(muted(line.actor() + " · " + time.dateTime(line.at())), text);
            entry.addClassName("review-note");
            list.add(entry);
        });
        note.setVisible(c.actions().note());
        add.setVisible(c.actions().note());
    }

    @Override
    public Map<String, HasValidation> fields() {
        return Map.of("text", note);
    }

    @Override
    public void done() {
        draft.forget();
        note.clear();
        note.setInvalid(false);
    }
}
