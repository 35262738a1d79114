package org.reciprocity.assessment;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in manager's assessment of a period, as only they read it.
 *
 * @param version     null while nothing is saved
 * @param editable    true while the period runs; a past period is read-only (a draft left in a past period
 *                    can no longer be submitted)
 * @param previous    last commitment to review, when there was one
 */
public record MyAssessment(Period period, AssessmentStatus status, @Nullable Long version, List<Answer> answers,
                           String commitment, @Nullable Kept kept, String reviewNote,
                           @Nullable PreviousCommitment previous, boolean editable,
                           @Nullable Instant submittedAt) {

    public boolean submitted() {
        return status == AssessmentStatus.SUBMITTED;
    }
}
