package org.reciprocity.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reciprocity.MutableClock;
import org.reciprocity.culture.ServiceValue;
import org.reciprocity.culture.VisionService;
import org.reciprocity.people.Directory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/** When each person was last recognised, public or private, in one statement; in 2034, which no other test uses. */
@SpringBootTest
class LastRecognisedTest {

    @Autowired
    LastRecognised lastRecognised;
    @Autowired
    RecognitionService recognitions;
    @Autowired
    Directory directory;
    @Autowired
    VisionService vision;
    @Autowired
    MutableClock clock;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long employee(String name) {
        return directory.pick(name, PageRequest.of(0, 1)).getFirst().id();
    }

    private void give(Set<Long> to, Visibility visibility) {
        var values = vision.activeValues().stream().limit(1).map(ServiceValue::id).toList();
        recognitions.give(new GiveRecognition(to, Set.copyOf(values),
                "Stayed late to help a customer find the right size, and smiled all the while. " + System.nanoTime(),
                visibility, true));
    }

    @Test
    @WithUserDetails("anna")
    void theNewestEntryOfAnyVisibilityCountsAndTheNeverRecognisedAreLeftOut() {
        var bohdan = employee("Bohdan");
        var kateryna = employee("Kateryna");
        var first = Instant.parse("2034-06-01T10:00:00Z");
        var second = Instant.parse("2034-06-02T10:00:00Z");
        clock.set(first);
        give(Set.of(bohdan, kateryna), Visibility.PRIVATE);
        clock.set(second);
        give(Set.of(bohdan), Visibility.PUBLIC);

        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        var was = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        Map<Long, Instant> last;
        try {
            last = lastRecognised.of(List.of(bohdan, kateryna, -1L));
            assertThat(statistics.getPrepareStatementCount()).as("one statement").isEqualTo(1);
        } finally {
            statistics.setStatisticsEnabled(was);
        }
        assertThat(last).containsOnly(Map.entry(bohdan, second), Map.entry(kateryna, first));
        assertThat(lastRecognised.of(List.of())).isEmpty();
    }
}
