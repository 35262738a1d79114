package org.reciprocity.assessment.ui;

import org.reciprocity.assessment.AssessmentService;
import org.reciprocity.shared.ui.NavigationCount;
import org.springframework.stereotype.Component;

/** A "1" beside the self-assessment entry while the current period's assessment is due. */
@Component
class AssessmentDueCount implements NavigationCount {

    private final AssessmentService assessments;

    AssessmentDueCount(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    public String path() {
        return "assessment";
    }

    @Override
    public long count() {
        return assessments.isDue() ? 1 : 0;
    }
}
