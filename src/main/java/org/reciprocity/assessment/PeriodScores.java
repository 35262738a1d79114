package org.reciprocity.assessment;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One submitted period in the manager's own history: the three scores, reflections and commitment. */
public record PeriodScores(Period period, List<@Nullable Integer> scores, List<String> reflections,
                           String commitment, @Nullable Kept kept, String reviewNote) {
}
