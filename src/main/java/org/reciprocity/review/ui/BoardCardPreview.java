package org.reciprocity.review.ui;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Instant;
import java.util.stream.Collectors;
import org.reciprocity.people.EmployeeRef;
import org.reciprocity.review.CaseDetails;
import org.reciprocity.shared.ui.UserTime;

/**
 * The board card that publishing the case's praise would make, drawn from the case alone: review does not depend on
 * recognition, which makes the real card from the event. Same elements and style classes as recognition's card, so
 * it looks the same; the names are plain text here (no links to pages, no applause button: it is not there yet).
 */
final class BoardCardPreview extends Article {

    BoardCardPreview(CaseDetails c, UserTime time, Instant at) {
        addClassNames("recognition-card", "recognition-source-customer", "review-card-preview");
        var giver = new Span(getTranslation("review.publish.card.customer"));
        giver.addClassName("recognition-person");
        var names = new Span(c.linked().stream().map(EmployeeRef::fullName).collect(Collectors.joining(", ")));
        names.addClassName("recognition-person");
        var who = new Div(giver, new Span(" " + getTranslation("review.publish.card.recognised") + " "), names);
        who.addClassName("recognition-who");

        var story = new Paragraph(c.report().what().strip());
        story.addClassName("recognition-story");

        var when = new Span(time.dateTime(at));
        when.addClassName("muted");
        var source = new Span(getTranslation("review.publish.card.source"));
        source.addClassNames("badge", "recognition-source");
        var spacer = new Span();
        spacer.addClassName("recognition-spacer");
        var applause = new Span(VaadinIcon.HANDS_UP.create(), new Span("0"));
        applause.addClassNames("muted", "recognition-applause-count");
        var footer = new Footer(when, source, spacer, applause);
        footer.addClassName("recognition-meta");
        add(who, story, footer);
    }
}
