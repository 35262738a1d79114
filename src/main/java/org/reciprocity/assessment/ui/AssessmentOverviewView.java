package org.reciprocity.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import org.reciprocity.assessment.AssessmentService;
import org.reciprocity.assessment.Cadence;
import org.reciprocity.assessment.DepartmentScores;
import org.reciprocity.assessment.ManagerParticipation;
import org.reciprocity.assessment.Overview;
import org.reciprocity.assessment.Period;
import org.reciprocity.security.Roles;
import org.reciprocity.shared.ui.Chart;
import org.reciprocity.shared.ui.Notices;
import org.reciprocity.shared.ui.ViewHeader;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * HR's view of the self-assessments: the cadence, who has submitted for a period (to nudge them), and
 * department averages only where enough managers answered. Never an individual's scores or reflections.
 */
@Route("assessment/overview")
@RolesAllowed(Roles.HR)
@Menu(title = "nav.assessment.overview", order = 55, icon = "vaadin:user-heart")
class AssessmentOverviewView extends Main implements HasDynamicTitle {

    /** How many periods back HR can look. */
    private static final int PERIODS = 6;

    private final AssessmentService assessments;
    final Select<Cadence> cadence = new Select<>();
    final Button saveCadence = new Button();
    final Select<Period> period = new Select<>();
    final Grid<ManagerParticipation> managers = new Grid<>();
    final Grid<DepartmentScores> departments = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Paragraph averagesLead = new Paragraph();
    private final Div chartHolder = new Div();
    private Overview overview;

    AssessmentOverviewView(AssessmentService assessments) {
        this.assessments = assessments;
        addClassNames("view", "assessment-overview");
        overview = assessments.overview();
        add(new ViewHeader(getTranslation("assessment.overview.title"))
                .withLead(getTranslation("assessment.overview.lead")));

        cadence.setLabel(getTranslation("assessment.overview.cadence.label"));
        cadence.setItems(Cadence.values());
        cadence.setItemLabelGenerator(c -> getTranslation(Questions.cadence(c)));
        saveCadence.setText(getTranslation("assessment.overview.cadence.save"));
        saveCadence.addClickListener(e -> changeCadence());
        period.setLabel(getTranslation("assessment.overview.period.label"));
        period.setItemLabelGenerator(PeriodLabels::label);
        period.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                show(assessments.overview(e.getValue()));
            }
        });
        var settings = new Div(cadence, saveCadence, period);
        settings.addClassName("assessment-settings");

        // Two columns that wrap, so that the lists read on a phone as well as on a desk.
        managers.addComponentColumn(m -> twoLines(m.name(), m.department()))
                .setHeader(getTranslation("assessment.overview.column.manager")).setFlexGrow(1);
        managers.addComponentColumn(m -> {
            var badge = new Span(getTranslation(m.submitted() ? "assessment.overview.yes" : "assessment.overview.no"));
            badge.addClassNames("badge", m.submitted() ? "success" : "contrast");
            return badge;
        }).setHeader(getTranslation("assessment.overview.column.submitted")).setAutoWidth(true).setFlexGrow(0);
        managers.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        managers.setAllRowsVisible(true);
        managers.setAriaLabel(getTranslation("assessment.overview.participation"));

        departments.addComponentColumn(d -> twoLines(d.department(), averages(d)))
                .setHeader(getTranslation("assessment.overview.column.department")).setFlexGrow(1);
        departments.addColumn(DepartmentScores::submitted)
                .setHeader(getTranslation("assessment.overview.column.answered")).setAutoWidth(true).setFlexGrow(0);
        departments.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        departments.setAllRowsVisible(true);
        departments.setAriaLabel(getTranslation("assessment.overview.averages"));

        var participation = new Section(new H2(getTranslation("assessment.overview.participation")), summary, managers);
        participation.addClassName("assessment-card");
        var averages = new Section(new H2(getTranslation("assessment.overview.averages")), averagesLead, chartHolder,
                departments);
        averages.addClassName("assessment-card");
        add(settings, participation, averages);
        show(overview);
    }

    private static Div twoLines(String first, String second) {
        var main = new Span(first);
        var sub = new Span(second);
        sub.addClassName("muted");
        var cell = new Div(main, sub);
        cell.addClassName("assessment-cell");
        return cell;
    }

    private String averages(DepartmentScores d) {
        if (!d.shown()) {
            return getTranslation("assessment.overview.notEnough");
        }
        var parts = new ArrayList<String>();
        for (var q = 0; q < Questions.COUNT; q++) {
            parts.add(getTranslation(Questions.shortName(q + 1)) + " "
                    + String.format(getLocale(), "%.1f", d.averages().get(q)));
        }
        return String.join(" · ", parts);
    }

    private void show(Overview next) {
        overview = next;
        cadence.setValue(next.cadence());
        var periods = new ArrayList<Period>();
        var current = assessments.currentPeriod();
        for (var p = current; periods.size() < PERIODS; p = p.previous()) {
            periods.add(p);
        }
        if (!periods.contains(next.period())) {
            periods.add(next.period());
        }
        period.setItems(periods);
        period.setValue(next.period());
        summary.setText(getTranslation("assessment.overview.participation.summary",
                String.valueOf(next.submittedCount()), String.valueOf(next.managers().size()),
                PeriodLabels.inSentence(next.period())));
        managers.setItems(next.managers());
        averagesLead.setText(getTranslation("assessment.overview.averages.lead", String.valueOf(next.minGroup())));
        departments.setItems(next.departments());
        chartHolder.removeAll();
        var shown = next.departments().stream().filter(DepartmentScores::shown).toList();
        if (!shown.isEmpty()) {
            var series = new ArrayList<Chart.Series>();
            for (var q = 0; q < Questions.COUNT; q++) {
                var question = q;
                series.add(new Chart.Series(getTranslation(Questions.shortName(q + 1)),
                        shown.stream().map(d -> d.averages().get(question)).toList()));
            }
            var chart = new Chart(getTranslation("assessment.overview.chart"),
                    getTranslation("assessment.history.numbers"));
            chart.addClassName("assessment-chart");
            chart.bar(shown.stream().map(DepartmentScores::department).toList(), series, 0.0, 5.0);
            chartHolder.add(chart);
        }
    }

    private void changeCadence() {
        var chosen = cadence.getValue();
        if (chosen == null) {
            return;
        }
        try {
            show(assessments.changeCadence(chosen, overview.settingVersion()));
            Notices.success(getTranslation("assessment.overview.cadence.saved", PeriodLabels.inSentence(overview.period())));
        } catch (OptimisticLockingFailureException e) {
            Notices.error(getTranslation("assessment.overview.cadence.conflict"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment.overview.title");
    }
}
