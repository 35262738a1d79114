package org.reciprocity.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.reciprocity.culture.ServiceValue;
import org.reciprocity.culture.VisionService;
import org.reciprocity.people.Directory;
import org.reciprocity.people.EmployeeFilter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The board's page runs the same handful of SQL statements whatever the page size: no N+1. Counted with
 * Hibernate's statistics, switched on only around the measured calls (so the shared context is unchanged).
 */
@SpringBootTest
class BoardStatementCountTest {

    static final int MAX_STATEMENTS = 6;

    @Autowired
    RecognitionService recognitions;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    Directory directory;
    @Autowired
    VisionService vision;

    long statements(Supplier<?> work) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        var was = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            work.get();
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(was);
        }
    }

    void atLeastPublicEntries(int wanted) {
        var have = recognitions.board(BoardFilter.ALL, null, wanted).size();
        var people = directory.search(EmployeeFilter.ALL, PageRequest.of(0, 40)).stream()
                .filter(p -> !p.fullName().equals("Maksym Shevchenko")).toList();
        var values = vision.activeValues().stream().map(ServiceValue::id).toList();
        for (var i = have; i < wanted; i++) {
            var to = Set.of(people.get(i % people.size()).id(), people.get((i + 7) % people.size()).id());
            recognitions.give(new GiveRecognition(to, Set.of(values.get(i % values.size())),
                    "Statement count entry " + i + ": helped a customer carry a heavy parcel to the taxi.",
                    Visibility.PUBLIC, true));
        }
    }

    long someoneElse() {
        return directory.search(EmployeeFilter.ALL, PageRequest.of(0, 5)).stream()
                .filter(p -> !p.fullName().equals("Maksym Shevchenko")).toList().getLast().id();
    }

    /** The newest entries name a value, so that pages compared here all need the same statements. */
    void newestNamingAValue(long to, int count) {
        var value = vision.activeValues().getFirst().id();
        for (var i = 0; i < count; i++) {
            recognitions.give(new GiveRecognition(Set.of(to), Set.of(value),
                    "Newest count entry " + i + ": calmly explained the warranty to a worried customer.",
                    Visibility.PUBLIC, true));
        }
    }

    @Test
    @WithUserDetails("max")
    void theBoardPageRunsAFixedNumberOfStatementsWhateverItsSize() {
        atLeastPublicEntries(60);
        newestNamingAValue(someoneElse(), 3);
        var small = statements(() -> recognitions.board(BoardFilter.ALL, null, 3));
        var large = statements(() -> recognitions.board(BoardFilter.ALL, null, 60));
        assertThat(recognitions.board(BoardFilter.ALL, null, 60)).hasSize(60);
        assertThat(large).isEqualTo(small).isLessThanOrEqualTo(MAX_STATEMENTS);

        var cursor = recognitions.board(BoardFilter.ALL, null, 10).getLast().cursor();
        var value = vision.activeValues().getFirst().id();
        var filtered = new BoardFilter(null, null, value, null, Source.COLLEAGUE);
        assertThat(statements(() -> recognitions.board(filtered, cursor, 50))).as("filtered, next page")
                .isLessThanOrEqualTo(MAX_STATEMENTS);
    }

    @Test
    @WithUserDetails("max")
    void aPersonsPageAndTheTeamListAlsoRunAFixedNumberOfStatements() {
        atLeastPublicEntries(60);
        // A page without any value (published customer praise) skips one statement: not the N+1 this looks for.
        var someone = someoneElse();
        newestNamingAValue(someone, 12);
        var small = statements(() -> recognitions.receivedBy(someone, null, 2));
        var large = statements(() -> recognitions.receivedBy(someone, null, 50));
        assertThat(recognitions.receivedBy(someone, null, 50)).hasSizeGreaterThanOrEqualTo(12);
        assertThat(large).isEqualTo(small).isLessThanOrEqualTo(MAX_STATEMENTS);
        assertThat(statements(() -> recognitions.receivedByMyTeam(null, 50))).isLessThanOrEqualTo(MAX_STATEMENTS + 1);
    }

    @Test
    @WithUserDetails("max")
    void whatIGaveAndAValuesProfileAlsoRunAFixedNumberOfStatements() {
        atLeastPublicEntries(60);
        var someoneElse = directory.search(EmployeeFilter.ALL, PageRequest.of(0, 5)).stream()
                .filter(p -> !p.fullName().equals("Maksym Shevchenko")).findFirst().orElseThrow().id();
        var value = vision.activeValues().getFirst().id();
        for (var i = 0; i < 3; i++) {
            recognitions.give(new GiveRecognition(Set.of(someoneElse), Set.of(value),
                    "Given-by-me count entry " + i + ": stayed late to help close the shop on a busy day.",
                    Visibility.PUBLIC, true));
        }
        var small = statements(() -> recognitions.givenByMe(null, 2));
        var large = statements(() -> recognitions.givenByMe(null, 50));
        assertThat(recognitions.givenByMe(null, 50)).hasSizeGreaterThan(2);
        assertThat(large).as("given by me").isEqualTo(small).isLessThanOrEqualTo(MAX_STATEMENTS);

        var someone = recognitions.board(BoardFilter.ALL, null, 1).getFirst().recipients().getFirst().id();
        assertThat(statements(() -> recognitions.valuesProfile(someone))).as("values profile")
                .isLessThanOrEqualTo(MAX_STATEMENTS);
    }
}
