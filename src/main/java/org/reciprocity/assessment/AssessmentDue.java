package org.reciprocity.assessment;

import java.time.Instant;

/**
 * A manager's self-assessment for a period is due: the period opened, or it closes soon and they have not
 * submitted. Announced once per manager, period and stage. Carries nothing of any answer.
 *
 * @param closesAt when answers for the period are no longer taken
 */
public record AssessmentDue(long managerEmployeeId, Period period, Stage stage, Instant closesAt, Instant at) {

    public enum Stage { OPENED, CLOSING_SOON }
}
