package org.reciprocity.assessment;

import java.util.List;

/** What HR sees: the cadence, who has submitted for the period, and k-anonymous department averages. */
public record Overview(Period period, Cadence cadence, long settingVersion, int minGroup,
                       List<ManagerParticipation> managers, List<DepartmentScores> departments) {

    public long submittedCount() {
        return managers.stream().filter(ManagerParticipation::submitted).count();
    }
}
