package org.reciprocity.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reciprocity.shared.TeamEvidence;

class EvidenceTest {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    private record Asked(Collection<Long> team, Instant from, Instant to) {
    }

    @Test
    void eachProviderCountsTheTeamOncePerPeriodInTheCompanysZone() {
        var asked = new ArrayList<Asked>();
        TeamEvidence praise = new TeamEvidence() {
            @Override
            public String labelKey() {
                return "recognition.evidence.received";
            }

            @Override
            public long count(Collection<Long> employeeIds, Instant from, Instant to) {
                asked.add(new Asked(employeeIds, from, to));
                return asked.size() * 10L;
            }
        };
        var march = new Period(Period.Kind.MONTH, LocalDate.of(2031, 3, 1));
        var series = Evidence.assemble(List.of(praise), List.of(7L, 8L), List.of(march, march.next()), KYIV);

        assertThat(series).containsExactly(new EvidenceSeries("recognition.evidence.received", List.of(10L, 20L)));
        assertThat(asked.getFirst()).isEqualTo(new Asked(List.of(7L, 8L), Instant.parse("2031-02-28T22:00:00Z"), // summer time from 30 March
                Instant.parse("2031-03-31T21:00:00Z")));
    }

    @Test
    void withoutProvidersThereIsNoSeriesAtAll() {
        var march = new Period(Period.Kind.MONTH, LocalDate.of(2031, 3, 1));
        assertThat(Evidence.assemble(List.of(), List.of(7L), List.of(march), KYIV)).isEmpty();
    }
}
