package org.reciprocity.review;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.reciprocity.reporting.ReportKind;

/**
 * Which cases HR wants to see. Empty {@code statuses} means any status; null fields do not filter.
 *
 * @param overdueOnly only cases whose next deadline has passed
 */
public record CaseQuery(Set<CaseStatus> statuses, @Nullable ReportKind kind, @Nullable Long locationId,
                        @Nullable Long assigneeEmployeeId, boolean overdueOnly) {

    /** Everything still waiting for HR. */
    public static final CaseQuery OPEN = new CaseQuery(
            EnumSet.of(CaseStatus.NEW, CaseStatus.ACKNOWLEDGED, CaseStatus.IN_REVIEW), null, null, null, false);

    public static final CaseQuery ALL = new CaseQuery(Set.of(), null, null, null, false);

    public CaseQuery {
        statuses = Set.copyOf(statuses);
    }
}
