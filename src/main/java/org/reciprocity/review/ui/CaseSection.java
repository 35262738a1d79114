package org.reciprocity.review.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import org.reciprocity.review.CaseDetails;

/**
 * A part of the case page. It shows the case's read model ({@link #show}) and asks for changes by firing typed
 * events, which the page turns into service calls. It is built once per page: showing a newer read model refreshes
 * what it displays but never what someone is typing in it, so an action in one section loses nothing typed in
 * another.
 */
abstract class CaseSection extends Section implements CasePart {

    CaseSection(String titleKey) {
        addClassName("review-section");
        add(new H2(getTranslation(titleKey)));
    }

    /** Shows the case as it is now. */
    abstract void show(CaseDetails c);

    @Override
    public Map<String, HasValidation> fields() {
        return Map.of();
    }

    @Override
    public void done() {
    }

    static Span muted(String text) {
        var span = new Span(text);
        span.addClassName("muted");
        return span;
    }
}
