package org.reciprocity.assessment.ui;

import com.vaadin.flow.component.UI;
import java.util.Optional;
import org.reciprocity.assessment.AssessmentService;
import org.reciprocity.security.CurrentUser;
import org.reciprocity.security.Role;
import org.reciprocity.shared.ui.HomeNotice;
import org.springframework.stereotype.Component;

/** On the home page while the signed-in manager has not submitted the current period's assessment. */
@Component
class AssessmentDueNotice implements HomeNotice {

    private final AssessmentService assessments;
    private final CurrentUser currentUser;

    AssessmentDueNotice(AssessmentService assessments, CurrentUser currentUser) {
        this.assessments = assessments;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Notice> current() {
        var user = currentUser.get();
        var ui = UI.getCurrent();
        if (ui == null || user.isEmpty() || !user.get().hasRole(Role.MANAGER) || user.get().employeeId() == null
                || !assessments.isDue()) {
            return Optional.empty();
        }
        var period = PeriodLabels.inSentence(assessments.currentPeriod());
        return Optional.of(new Notice(ui.getTranslation("assessment.notice.due", period),
                ui.getTranslation("assessment.notice.action"), "assessment"));
    }
}
