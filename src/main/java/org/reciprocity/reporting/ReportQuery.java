package org.reciprocity.reporting;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which reports HR wants to see. Empty {@code statuses} means any status; null fields do not filter.
 *
 * @param filedFrom inclusive
 * @param filedTo   exclusive
 */
public record ReportQuery(Set<ReportStatus> statuses, @Nullable ReportKind kind, @Nullable Long locationId,
                          @Nullable Instant filedFrom, @Nullable Instant filedTo) {

    public static final ReportQuery ALL = new ReportQuery(Set.of(), null, null, null, null);

    public static ReportQuery withStatus(ReportStatus... statuses) {
        return new ReportQuery(Set.of(statuses), null, null, null, null);
    }
}
