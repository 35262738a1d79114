package org.reciprocity.assessment;

import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import org.reciprocity.shared.TeamEvidence;

/** Puts the team's evidence beside the periods of the trend: one series per provider, one count per period. */
final class Evidence {

    private Evidence() {
    }

    static List<EvidenceSeries> assemble(List<TeamEvidence> providers, Collection<Long> team, List<Period> periods,
                                         ZoneId zone) {
        if (team.isEmpty()) {
            return providers.stream()
                    .map(p -> new EvidenceSeries(p.labelKey(), periods.stream().map(x -> 0L).toList())).toList();
        }
        return providers.stream()
                .map(p -> new EvidenceSeries(p.labelKey(), periods.stream()
                        .map(period -> p.count(team, period.from(zone), period.to(zone))).toList()))
                .toList();
    }
}
