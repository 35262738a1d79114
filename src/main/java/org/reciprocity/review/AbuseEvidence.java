package org.reciprocity.review;

import java.time.Instant;
import java.util.Collection;
import org.reciprocity.reporting.ReportKind;
import org.reciprocity.reporting.ReportStatus;
import org.reciprocity.shared.TeamEvidence;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence for a manager's self-assessment: how often customers mistreated people in their team (reports of
 * staff mistreated that HR linked to them and did not dismiss). Counts only; nothing about who reported.
 */
@Component
class AbuseEvidence implements TeamEvidence {

    private final ReviewCaseRepository cases;

    AbuseEvidence(ReviewCaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public String labelKey() {
        return "review.evidence.abuse";
    }

    @Override
    @Transactional(readOnly = true)
    public long count(Collection<Long> employeeIds, Instant from, Instant to) {
        if (employeeIds.isEmpty()) {
            return 0;
        }
        return cases.countLinked(ReportKind.STAFF_MISTREATED, ReportStatus.DISMISSED, employeeIds, from, to);
    }
}
