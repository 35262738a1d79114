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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import org.reciprocity.reporting.ReportAuthor;
import org.reciprocity.review.CaseDetails;
import org.reciprocity.review.CaseWorkflow;
import org.reciprocity.shared.ui.FormDraft;
import org.reciprocity.shared.ui.UserTime;

/** The conversation with the reporter, and HR's reply box. */
class ConversationSection extends CaseSection {

    /** HR sends a reply to the reporter. */
    static final class ReplyEvent extends ComponentEvent<ConversationSection> {
        private final String text;

        ReplyEvent(ConversationSection source, String text) {
            super(source, false);
            this.text = text;
        }

        String text() {
            return text;
        }
    }

    private final UserTime time;
    private final Div messages = new Div();
    final TextArea reply = new TextArea();
    private final Button send = new Button();
    private final FormDraft draft;

    /** @param draftKey names this case's reply for this account, kept in the tab until sent ({@link FormDraft}) */
    ConversationSection(UserTime time, String draftKey) {
        super("review.case.conversation");
        this.time = time;
        reply.setLabel(getTranslation("review.case.reply"));
        reply.setHelperText(getTranslation("review.case.reply.help"));
        reply.setMaxLength(CaseWorkflow.REPLY_MAX);
        reply.setWidthFull();
        send.setText(getTranslation("review.case.reply.send"));
        send.setIcon(VaadinIcon.PAPERPLANE.create());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> fireEvent(new ReplyEvent(this, reply.getValue())));
        add(messages, reply, send);
        draft = FormDraft.keep(this, draftKey).text("text", reply);
    }

    Registration addReplyListener(ComponentEventListener<ReplyEvent> listener) {
        return addListener(ReplyEvent.class, listener);
    }

    @Override
    void show(CaseDetails c) {
        messages.removeAll();
        var all = c.report().messages();
        if (all.isEmpty()) {
            messages.add(muted(getTranslation("review.case.conversation.none")));
        }
        for (var m : all) {
            var company = m.author() == ReportAuthor.COMPANY;
            var head = new Div(new Span(getTranslation(company ? "review.case.author.company"
                    : "review.case.author.reporter")), muted(time.dateTime(m.writtenAt())));
            head.addClassName("review-message-head");
            var text = new Paragraph(m.text());
            text.addClassName("review-text");
            var message = new Div(head, text);
            message.addClassNames("review-message", company ? "review-message-company" : "review-message-reporter");
            messages.add(message);
        }
        reply.setVisible(c.actions().reply());
        send.setVisible(c.actions().reply());
    }

    @Override
    public Map<String, HasValidation> fields() {
        return Map.of("text", reply);
    }

    @Override
    public void done() {
        draft.forget();
        reply.clear();
        reply.setInvalid(false);
    }
}
