package org.reciprocity.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.reciprocity.review.CaseDetails;
import org.reciprocity.review.PublishNeed;

/**
 * Open praise: what is still needed before it can go on the board, so that the "Publish" button's absence is
 * explained (the steps come from the service's {@code toPublish}, in the order HR takes them). Hidden otherwise.
 */
final class PublishingNote extends Div {

    final Span lead = new Span();
    final OrderedList steps = new OrderedList();

    PublishingNote() {
        addClassName("review-publish-note");
        lead.addClassName("review-publish-note-lead");
        add(lead, steps);
        setVisible(false);
    }

    void show(CaseDetails c) {
        var needs = c.actions().toPublish();
        steps.removeAll();
        setVisible(!needs.isEmpty());
        if (needs.equals(List.of(PublishNeed.CONSENT))) {
            lead.setText(getTranslation(Keys.publishNeed(PublishNeed.CONSENT)));
            steps.setVisible(false);
            return;
        }
        lead.setText(getTranslation("review.publish.needs"));
        needs.forEach(need -> steps.add(new ListItem(getTranslation(Keys.publishNeed(need)))));
        steps.setVisible(true);
    }

    /** The whole note as one sentence, as a reader hears it (for tests and the page's text). */
    String text() {
        var text = new StringBuilder(lead.getText());
        steps.getChildren().map(item -> ((ListItem) item).getText()).forEach(step -> text.append(' ').append(step));
        return text.toString();
    }
}
