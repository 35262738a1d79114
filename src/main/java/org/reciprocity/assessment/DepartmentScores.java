package org.reciprocity.assessment;

import java.util.List;

/**
 * A department's averages for a period. {@code averages} is empty when fewer managers answered than the
 * smallest group that keeps anyone from being singled out.
 */
public record DepartmentScores(long departmentId, String department, long submitted, List<Double> averages) {

    public boolean shown() {
        return !averages.isEmpty();
    }
}
