package org.reciprocity.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.icon.VaadinIcon;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.reciprocity.reporting.ReportAuthor;
import org.reciprocity.reporting.ReportFollowUp;
import org.reciprocity.reporting.ReportService;
import org.reciprocity.reporting.ReportingException;
import org.reciprocity.shared.ui.FormDraft;
import org.reciprocity.shared.ui.Notices;
import org.reciprocity.shared.ui.UserTime;
import org.reciprocity.shared.ui.Violations;

/**
 * A report as its reporter sees it: what they told, each status with its date, and the conversation with a box
 * to write to the company. Everything typed by people is shown as text.
 */
class FollowUpPanel extends Div {

    private final UserTime time;
    private final Function<String, Optional<ReportFollowUp>> send;
    final TextArea message = new TextArea();
    private final Div content = new Div();
    final Button sendButton = new Button();
    private final FormDraft draft;

    /**
     * @param named the reporter is signed in and known (under "My reports"); the hint then says so
     * @param draft names this report's message box in the tab, so an unsent message survives ({@link FormDraft});
     *              never the receipt code
     * @param send  adds the reporter's message and returns the report as it is now; empty if it is gone
     */
    FollowUpPanel(ReportFollowUp report, boolean named, String draft, UserTime time,
                  Function<String, Optional<ReportFollowUp>> send) {
        this.time = time;
        this.send = send;
        addClassName("reporting-followup");
        message.setLabel(getTranslation("reporting.followUp.message"));
        message.setHelperText(getTranslation(named ? "reporting.followUp.message.help.named"
                : "reporting.followUp.message.help"));
        message.setMaxLength(ReportService.MESSAGE_MAX);
        message.setWidthFull();
        sendButton.setText(getTranslation("reporting.followUp.send"));
        sendButton.setIcon(VaadinIcon.PAPERPLANE.create());
        sendButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sendButton.addClickListener(e -> sendMessage());
        content.getStyle().set("display", "contents"); // the panel's own layout lays out what it holds
        add(content, message, sendButton);
        this.draft = FormDraft.keep(this, draft).text("message", message);
        show(report);
    }

    /**
     * Shows the report as it is now. Only what the report says is drawn again: the message box stays the same
     * element, so whatever is being typed into it meanwhile is kept.
     */
    void show(ReportFollowUp report) {
        content.removeAll();
        var status = new StatusBadge(report.status());
        var head = new Div(new Span(getTranslation(report.kind().translationKey())), status);
        head.addClassName("reporting-followup-head");
        var filed = new Paragraph(getTranslation("reporting.followUp.filed", time.dateTime(report.filedAt())));
        filed.addClassName("muted");

        var facts = new DescriptionList();
        facts.addClassName("reporting-facts");
        facts.add(new DescriptionList.Term(getTranslation("reporting.followUp.where")),
                new DescriptionList.Description(report.locationName()),
                new DescriptionList.Term(getTranslation("reporting.followUp.when")),
                new DescriptionList.Description(time.dateTime(report.occurredAt())),
                new DescriptionList.Term(getTranslation("reporting.followUp.who")),
                new DescriptionList.Description(report.who()));
        var what = new Paragraph(report.what());
        what.addClassName("reporting-text");

        var history = new OrderedList();
        history.addClassName("reporting-history");
        for (var change : report.history()) {
            var when = new Span(time.dateTime(change.changedAt()));
            when.addClassName("muted");
            history.add(new ListItem(new StatusBadge(change.status()), when));
        }

        var conversation = new Div();
        conversation.addClassName("reporting-messages");
        if (report.messages().isEmpty()) {
            var none = new Paragraph(getTranslation("reporting.followUp.noMessages"));
            none.addClassName("muted");
            conversation.add(none);
        }
        for (var m : report.messages()) {
            var company = m.author() == ReportAuthor.COMPANY;
            var who = new Span(getTranslation(company ? "reporting.followUp.company" : "reporting.followUp.you"));
            who.addClassName("reporting-message-author");
            var when = new Span(time.dateTime(m.writtenAt()));
            when.addClassName("muted");
            var text = new Paragraph(m.text());
            text.addClassName("reporting-text");
            var bubble = new Div(new Div(who, when), text);
            bubble.addClassNames("reporting-message", company ? "reporting-message-company" : "reporting-message-reporter");
            conversation.add(bubble);
        }

        // an h2 like the sections after it (an h3 straight under the page's h1 skipped a level), drawn small
        var whatTitle = new H2(getTranslation("reporting.followUp.what"));
        whatTitle.addClassName("reporting-what-title");
        content.add(head, filed, facts, whatTitle, what,
                new H2(getTranslation("reporting.followUp.history")), history,
                new H2(getTranslation("reporting.followUp.messages")), conversation);
    }

    private void sendMessage() {
        message.setInvalid(false);
        try {
            var updated = send.apply(message.getValue());
            if (updated.isPresent()) {
                draft.forget();
                message.clear();
                show(updated.get());
                Notices.success(getTranslation("reporting.followUp.sent"));
            } else {
                Notices.error(getTranslation("reporting.status.notFound"));
            }
        } catch (ConstraintViolationException e) {
            Violations.show(e, Map.of("text", message), this::getTranslation);
        } catch (ReportingException e) {
            message.setErrorMessage(getTranslation(e.messageKey()));
            message.setInvalid(true);
        }
    }
}
