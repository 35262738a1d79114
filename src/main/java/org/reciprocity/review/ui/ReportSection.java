package org.reciprocity.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.reciprocity.reporting.ReportKind;
import org.reciprocity.review.CaseDetails;
import org.reciprocity.shared.ui.UserTime;

/** The report as it was told: when, where, who, what, and who told it (if HR may know). */
class ReportSection extends CaseSection {

    private final UserTime time;
    private final Div facts = new Div();
    private final Paragraph what = new Paragraph();

    ReportSection(UserTime time) {
        super("review.case.report");
        this.time = time;
        facts.addClassName("review-facts");
        what.addClassName("review-text");
        add(facts, what);
    }

    @Override
    void show(CaseDetails c) {
        var r = c.report();
        facts.removeAll();
        fact("review.case.occurred", time.dateTime(r.occurredAt()));
        fact("review.case.filed", time.dateTime(r.filedAt()));
        fact("review.case.location", r.locationName());
        fact("review.case.who", r.who());
        if (c.reporterName() != null) {
            fact("review.case.reporter", c.reporterName());
        } else if (r.reporterEmployeeId() == null) {
            fact("review.case.reporter", getTranslation("review.case.anonymous"));
        }
        if (r.contactEmail() != null && c.editable()) {
            fact("review.case.contact", r.contactEmail());
        }
        if (r.kind() == ReportKind.PRAISE) {
            fact("review.case.publicConsent", getTranslation(r.publicConsent() ? "review.yes" : "review.no"));
        }
        if (c.dismissReason() != null) {
            fact("review.case.dismissReason", c.dismissReason());
        }
        what.setText(r.what());
    }

    private void fact(String key, String value) {
        var term = new Span(getTranslation(key));
        term.addClassName("review-fact-term");
        var text = new Span(value);
        text.addClassName("review-fact-value");
        facts.add(term, text);
    }
}
