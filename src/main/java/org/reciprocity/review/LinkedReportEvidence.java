package org.reciprocity.review;

import java.time.Instant;
import java.util.Collection;
import org.reciprocity.reporting.ReportKind;
import org.reciprocity.shared.TeamEvidence;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence for a manager's self-assessment: how many reports of one kind HR linked to people in the team and did
 * not dismiss — customer praise about them, or customers who mistreated them. Counts only; nothing about who
 * reported.
 */
class LinkedReportEvidence implements TeamEvidence {

    private final ReviewCaseRepository cases;
    private final ReportKind kind;
    private final String labelKey;

    LinkedReportEvidence(ReviewCaseRepository cases, ReportKind kind, String labelKey) {
        this.cases = cases;
        this.kind = kind;
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    @Override
    @Transactional(readOnly = true)
    public long count(Collection<Long> employeeIds, Instant from, Instant to) {
        if (employeeIds.isEmpty()) {
            return 0;
        }
        return cases.countLinked(kind, CaseStatus.DISMISSED, employeeIds, from, to);
    }
}
