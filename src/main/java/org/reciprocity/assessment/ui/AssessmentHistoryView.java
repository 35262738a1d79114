package org.reciprocity.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.reciprocity.assessment.AssessmentService;
import org.reciprocity.assessment.History;
import org.reciprocity.assessment.Period;
import org.reciprocity.assessment.PeriodScores;
import org.reciprocity.security.Roles;
import org.reciprocity.shared.ui.Chart;
import org.reciprocity.shared.ui.ViewHeader;

/**
 * The manager's own trend: the three scores over the last periods as a chart, the evidence from their team for
 * the same periods beside it, and what they wrote in each period.
 */
@Route("assessment/history")
@RolesAllowed(Roles.MANAGER)
class AssessmentHistoryView extends Main implements HasDynamicTitle {

    final Chart scores;
    final @Nullable Chart evidence;

    AssessmentHistoryView(AssessmentService assessments) {
        addClassNames("view", "assessment-history");
        var history = assessments.history();
        var back = new Button(getTranslation("assessment.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> UI.getCurrent().navigate(AssessmentView.class));
        add(new ViewHeader(getTranslation("assessment.history.title"), back)
                .withLead(getTranslation("assessment.history.lead")));

        var labels = history.periods().stream().map(PeriodLabels::shortLabel).toList();
        scores = new Chart(getTranslation("assessment.history.chart"), getTranslation("assessment.history.numbers"));
        scores.addClassName("assessment-chart");
        scores.line(labels, scoreSeries(history), 1.0, 5.0);
        var trend = new Section(new H2(getTranslation("assessment.history.scores.title")));
        trend.addClassName("assessment-card");
        if (history.submitted().isEmpty()) {
            var empty = new Paragraph(getTranslation("assessment.history.empty"));
            empty.addClassName("empty-state");
            trend.add(empty);
        }
        trend.add(scores);

        var evidenceSection = new Section(new H2(getTranslation("assessment.history.evidence.title")));
        evidenceSection.addClassName("assessment-card");
        if (history.evidence().isEmpty()) {
            evidence = null;
            var none = new Paragraph(getTranslation("assessment.history.evidence.none"));
            none.addClassName("muted");
            evidenceSection.add(none);
        } else {
            evidence = new Chart(getTranslation("assessment.history.evidence.chart"),
                    getTranslation("assessment.history.numbers"));
            evidence.addClassName("assessment-chart");
            evidence.bar(labels, history.evidence().stream()
                    .map(s -> new Chart.Series(getTranslation(s.labelKey()), s.counts())).toList());
            evidenceSection.add(evidence);
        }
        var side = new Div(trend, evidenceSection);
        side.addClassName("assessment-side-by-side");
        add(side);

        if (!history.submitted().isEmpty()) {
            add(new H2(getTranslation("assessment.history.periods")));
            history.submitted().reversed().forEach(p -> add(periodDetails(p)));
        }
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        super.onAttach(event);
        // arriving from the long form after submitting: start at the chart, not where the form was scrolled
        getElement().executeJs("this.scrollIntoView({block: 'start'})");
    }

    private List<Chart.Series> scoreSeries(History history) {
        var byPeriod = new HashMap<Period, PeriodScores>();
        history.submitted().forEach(p -> byPeriod.put(p.period(), p));
        var series = new ArrayList<Chart.Series>();
        for (var q = 0; q < Questions.COUNT; q++) {
            var question = q;
            var values = new ArrayList<@Nullable Integer>();
            history.periods().forEach(p -> {
                var submitted = byPeriod.get(p);
                values.add(submitted == null ? null : submitted.scores().get(question));
            });
            series.add(new Chart.Series(getTranslation(Questions.shortName(q + 1)), values));
        }
        return series;
    }

    private Details periodDetails(PeriodScores period) {
        var s = period.scores();
        var summary = PeriodLabels.label(period.period()) + " — " + getTranslation("assessment.history.scores",
                text(s.get(0)), text(s.get(1)), text(s.get(2)));
        var content = new Div();
        content.addClassName("assessment-past");
        for (var q = 1; q <= Questions.COUNT; q++) {
            var reflection = period.reflections().get(q - 1);
            content.add(new H3(getTranslation(Questions.title(q))));
            var score = s.get(q - 1);
            content.add(new Paragraph(score == null ? "–" : getTranslation(Questions.anchor(q, score))));
            if (!reflection.isBlank()) {
                var p = new Paragraph(reflection);
                p.addClassName("assessment-reflection");
                content.add(p);
            }
        }
        if (period.kept() != null) {
            content.add(new Paragraph(getTranslation("assessment.history.kept",
                    getTranslation(Questions.kept(period.kept())))
                    + (period.reviewNote().isBlank() ? "" : " — " + period.reviewNote())));
        }
        content.add(new H3(getTranslation("assessment.history.commitment")), new Paragraph(period.commitment()));
        var details = new Details(summary, content);
        details.addClassName("assessment-period");
        return details;
    }

    private static String text(@Nullable Integer score) {
        return score == null ? "–" : score.toString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment.history.title");
    }
}
