package org.reciprocity.assessment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.reciprocity.assessment.Answer;
import org.reciprocity.assessment.AssessmentException;
import org.reciprocity.assessment.AssessmentService;
import org.reciprocity.assessment.AssessmentSettings;
import org.reciprocity.assessment.Kept;
import org.reciprocity.assessment.MyAssessment;
import org.reciprocity.assessment.SaveAssessment;
import org.reciprocity.security.Roles;
import org.reciprocity.shared.Text;
import org.reciprocity.shared.ui.Notices;
import org.reciprocity.shared.ui.UserTime;
import org.reciprocity.shared.ui.ViewHeader;
import org.reciprocity.shared.ui.Violations;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The manager's look in the mirror for the current period: last commitment first (when there was one), then
 * the three questions with a score and a reflection each, then one commitment. A draft can be saved and picked
 * up later; a submitted assessment can be changed until the period ends, and is read-only afterwards.
 */
@Route("assessment")
@RolesAllowed(Roles.MANAGER)
@Menu(title = "nav.assessment", order = 50, icon = "vaadin:user-heart")
class AssessmentView extends Main implements HasDynamicTitle {

    private final AssessmentService assessments;
    private final UserTime time;

    final List<RadioButtonGroup<Integer>> scores = new ArrayList<>();
    final List<TextArea> reflections = new ArrayList<>();
    final TextArea commitment = new TextArea();
    final RadioButtonGroup<Kept> kept = new RadioButtonGroup<>();
    final TextArea reviewNote = new TextArea();
    final Button saveDraft = new Button();
    final Button submit = new Button();
    private final Paragraph status = new Paragraph();
    private MyAssessment current;

    AssessmentView(AssessmentService assessments, AssessmentSettings settings, UserTime time) {
        this.assessments = assessments;
        this.time = time;
        addClassNames("view", "assessment-view");
        current = assessments.current();

        var history = new Button(getTranslation("assessment.history.link"), VaadinIcon.CHART.create(),
                e -> UI.getCurrent().navigate(AssessmentHistoryView.class));
        add(new ViewHeader(getTranslation("assessment.title"), history).withLead(getTranslation("assessment.lead")));

        status.addClassName("assessment-status");
        var privacy = new Paragraph(VaadinIcon.LOCK.create(),
                new Span(getTranslation("assessment.privacy", String.valueOf(settings.minGroup()))));
        privacy.addClassNames("assessment-privacy", "muted");
        add(status, privacy);

        if (current.previous() != null) {
            add(reviewSection());
        }
        for (var q = 1; q <= Questions.COUNT; q++) {
            add(questionSection(q, current.answers().get(q - 1)));
        }
        add(commitmentSection());

        saveDraft.setText(getTranslation("assessment.saveDraft"));
        saveDraft.addClickListener(e -> save());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> askToSubmit());
        var actions = new Div(saveDraft, submit);
        actions.addClassName("assessment-actions");
        add(actions);
        show(current);
    }

    private Section reviewSection() {
        var previous = current.previous();
        var section = new Section();
        section.addClassNames("assessment-card", "assessment-review");
        var promise = new Paragraph(previous.commitment());
        promise.addClassName("assessment-promise");
        kept.setLabel(getTranslation("assessment.review.kept.label"));
        kept.setItems(Kept.values());
        kept.setItemLabelGenerator(k -> getTranslation(Questions.kept(k)));
        kept.setValue(current.kept());
        reviewNote.setLabel(getTranslation("assessment.review.note.label"));
        reviewNote.setMaxLength(SaveAssessment.NOTE_MAX);
        reviewNote.setValue(current.reviewNote());
        reviewNote.setWidthFull();
        section.add(new H2(getTranslation("assessment.review.title")),
                new Paragraph(getTranslation("assessment.review.lead", PeriodLabels.label(previous.period()))),
                promise, kept, reviewNote);
        return section;
    }

    private Section questionSection(int q, Answer answer) {
        var section = new Section();
        section.addClassNames("assessment-card", "assessment-question");
        var number = new Span(getTranslation("assessment.question.number", String.valueOf(q)));
        number.addClassName("assessment-question-number");
        var title = new H2(getTranslation(Questions.title(q)));
        var help = new Paragraph(getTranslation(Questions.help(q)));
        help.addClassName("assessment-help");

        var score = new RadioButtonGroup<Integer>(getTranslation("assessment.score.label"));
        score.setItems(1, 2, 3, 4, 5);
        score.setItemLabelGenerator(i -> getTranslation(Questions.anchor(q, i)));
        score.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        score.setAriaLabel(getTranslation("assessment.score.label") + ": " + title.getText());
        score.setValue(answer.score());
        score.addValueChangeListener(e -> score.setInvalid(false));
        score.addClassName("assessment-score");
        scores.add(score);

        var reflection = new TextArea(getTranslation("assessment.reflection.label"));
        reflection.setMaxLength(Answer.REFLECTION_MAX);
        reflection.setWidthFull();
        reflection.setValue(answer.reflection());
        counted(reflection, "assessment.reflection.helper", Answer.REFLECTION_MAX);
        reflections.add(reflection);

        section.add(number, title, help, score, reflection);
        return section;
    }

    private Section commitmentSection() {
        var section = new Section();
        section.addClassNames("assessment-card", "assessment-commitment");
        commitment.setLabel(getTranslation("assessment.commitment.label"));
        commitment.setMaxLength(SaveAssessment.COMMITMENT_MAX);
        commitment.setWidthFull();
        commitment.setValue(current.commitment());
        counted(commitment, "assessment.commitment.helper", SaveAssessment.COMMITMENT_MAX);
        section.add(new H2(getTranslation("assessment.commitment.title")), commitment);
        return section;
    }

    private void counted(TextArea area, String helperKey, int max) {
        area.setValueChangeMode(ValueChangeMode.LAZY);
        Runnable count = () -> area.setHelperText(getTranslation(helperKey,
                String.valueOf(Text.visibleLength(Text.lines(area.getValue()))), String.valueOf(max)));
        count.run();
        area.addValueChangeListener(e -> {
            count.run();
            area.setInvalid(false);
        });
    }

    private void show(MyAssessment assessment) {
        current = assessment;
        var period = PeriodLabels.inSentence(assessment.period());
        var lastDay = time.date(assessment.period().end().minusDays(1));
        status.removeAll();
        var badge = new Span(getTranslation(Questions.status(assessment.status())));
        badge.addClassNames("badge", assessment.submitted() ? "success" : "contrast");
        status.add(new Span(getTranslation("assessment.period.line", period, lastDay)), badge);
        if (assessment.submitted() && assessment.submittedAt() != null) {
            var note = new Span(getTranslation("assessment.submitted.note", time.date(assessment.submittedAt()),
                    lastDay));
            note.addClassName("muted");
            status.add(note);
        }
        saveDraft.setVisible(!assessment.submitted());
        submit.setText(getTranslation(assessment.submitted() ? "assessment.update" : "assessment.submit"));
        var readOnly = !assessment.editable();
        scores.forEach(s -> s.setReadOnly(readOnly));
        reflections.forEach(r -> r.setReadOnly(readOnly));
        commitment.setReadOnly(readOnly);
        kept.setReadOnly(readOnly);
        reviewNote.setReadOnly(readOnly);
        saveDraft.setEnabled(!readOnly);
        submit.setEnabled(!readOnly);
    }

    private SaveAssessment command() {
        var answers = new ArrayList<Answer>();
        for (var i = 0; i < Questions.COUNT; i++) {
            answers.add(new Answer(scores.get(i).getValue(), reflections.get(i).getValue()));
        }
        return new SaveAssessment(current.period(), current.version(), answers, commitment.getValue(),
                kept.getValue(), reviewNote.getValue());
    }

    private void save() {
        run(() -> {
            show(assessments.saveDraft(command()));
            Notices.success(getTranslation("assessment.saved"));
        });
    }

    private void askToSubmit() {
        if (!complete()) {
            Notices.error(getTranslation("assessment.check"));
            return;
        }
        if (current.submitted()) {
            doSubmit();
            return;
        }
        var lastDay = time.date(current.period().end().minusDays(1));
        var dialog = new ConfirmDialog(
                getTranslation("assessment.submit.confirm.title", PeriodLabels.inSentence(current.period())),
                getTranslation("assessment.submit.confirm.text", lastDay),
                getTranslation("assessment.submit"), e -> doSubmit());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("assessment.cancel"));
        dialog.open();
    }

    /** Marks what is missing; true when the assessment can be submitted. */
    private boolean complete() {
        var ok = true;
        for (var score : scores) {
            if (score.getValue() == null) {
                mark(score, "assessment.score.required");
                ok = false;
            }
        }
        if (Text.lines(commitment.getValue()).isEmpty()) {
            mark(commitment, "assessment.commitment.required");
            ok = false;
        }
        if (current.previous() != null && kept.getValue() == null) {
            mark(kept, "assessment.review.required");
            ok = false;
        }
        return ok;
    }

    void doSubmit() {
        var first = !current.submitted();
        run(() -> {
            show(assessments.submit(command()));
            Notices.success(getTranslation(first ? "assessment.submitted" : "assessment.updated"));
            if (first) {
                UI.getCurrent().navigate(AssessmentHistoryView.class);
            }
        });
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (AssessmentException e) {
            if (!Violations.show(e, fields(), this::getTranslation) && "period".equals(e.field())) {
                UI.getCurrent().getPage().reload();
            }
        } catch (ConstraintViolationException e) {
            if (!Violations.show(e, fields(), this::getTranslation)) {
                Notices.error(getTranslation("assessment.check"));
            }
        } catch (OptimisticLockingFailureException e) {
            Notices.error(getTranslation("assessment.conflict"));
        }
    }

    private HashMap<String, HasValidation> fields() {
        var fields = new HashMap<String, HasValidation>();
        for (var i = 0; i < Questions.COUNT; i++) {
            fields.put("score" + (i + 1), scores.get(i));
            fields.put("answers[" + i + "].reflection", reflections.get(i));
        }
        fields.put("commitment", commitment);
        fields.put("kept", kept);
        fields.put("reviewNote", reviewNote);
        return fields;
    }

    private void mark(HasValidation field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment.title");
    }
}
