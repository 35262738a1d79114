package org.reciprocity.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reciprocity.RunAs;
import org.reciprocity.people.Directory;
import org.reciprocity.review.DignityRecognised;
import org.reciprocity.review.PraiseForwarded;
import org.reciprocity.review.PraisePublished;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/** What HR decided in a review becomes recognition, once per report, whoever (if anyone) is signed in. */
@SpringBootTest
class ReviewEventsTest {

    @Autowired
    RecognitionService recognitions;
    @Autowired
    Directory directory;
    @Autowired
    RunAs runAs;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    long employee(String name) {
        return directory.pick(name, PageRequest.of(0, 1)).getFirst().id();
    }

    boolean onBoard(long id) {
        return recognitions.board(BoardFilter.ALL, null, 100).stream().anyMatch(c -> c.id() == id);
    }

    @Test
    @WithUserDetails("anna")
    void customerPraiseThatHrPublishedJoinsTheBoardOncePerReport() {
        var reportId = 900_000 + System.nanoTime() % 100_000;
        var bohdan = employee("Bohdan Tkachenko");
        var praise = new PraisePublished(reportId, List.of(bohdan),
                "The young man at the Podil store spent half an hour finding the right size for my mother.",
                null, Instant.now());
        transactions.executeWithoutResult(s -> events.publishEvent(praise));
        transactions.executeWithoutResult(s -> events.publishEvent(praise));

        var customer = recognitions.board(new BoardFilter(null, null, null, null, Source.CUSTOMER), null, 100).stream()
                .filter(c -> c.story().equals(praise.story())).toList();
        assertThat(customer).as("once per report").hasSize(1);
        assertThat(customer.getFirst().giver()).as("no customer's identity").isNull();
        assertThat(customer.getFirst().recipients()).extracting(RecognitionCard.Person::id).containsExactly(bohdan);
    }

    @Test
    @WithUserDetails("max")
    void praiseHrForwardedReachesTheStaffMemberAndTheirManagerButNotTheBoard() {
        var reportId = 700_000 + System.nanoTime() % 100_000;
        var anna = employee("Anna Kovalenko");
        var story = "Anna stayed after closing to help me choose a gift, report " + reportId;
        var max = employee("Maksym Shevchenko");
        var forwarded = new PraiseForwarded(reportId, List.of(anna), List.of(max), story, null, Instant.now());
        transactions.executeWithoutResult(s -> events.publishEvent(forwarded));
        transactions.executeWithoutResult(s -> events.publishEvent(forwarded));

        var seen = recognitions.receivedByMyTeam(null, 100).stream().filter(c -> c.story().equals(story)).toList();
        assertThat(seen).as("her manager sees it, once").hasSize(1);
        assertThat(seen.getFirst().visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(seen.getFirst().source()).isEqualTo(Source.CUSTOMER);
        assertThat(seen.getFirst().giver()).as("no customer's identity").isNull();
        assertThat(onBoard(seen.getFirst().id())).isFalse();
    }

    @Test
    @WithUserDetails("max")
    void staffWhoKeptTheirDignityAreRecognisedPrivatelyByHr() {
        var reportId = 800_000 + System.nanoTime() % 100_000;
        var anna = employee("Anna Kovalenko");
        var at = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        transactions.executeWithoutResult(s -> events.publishEvent(new DignityRecognised(reportId, anna, at)));
        transactions.executeWithoutResult(s -> events.publishEvent(new DignityRecognised(reportId, anna, at.plusSeconds(1))));

        var hr = recognitions.receivedByMyTeam(null, 100).stream()
                .filter(c -> c.source() == Source.HR && c.recipients().getFirst().id() == anna)
                .filter(c -> !c.createdAt().isBefore(at)).toList();
        assertThat(hr).as("her manager sees it, once").hasSize(1);
        assertThat(hr.getFirst().visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(onBoard(hr.getFirst().id())).isFalse();
        assertThat(runAs.user("anna", () -> recognitions.find(hr.getFirst().id()))).as("she sees it").isPresent();
        assertThat(runAs.user("taras.hnatiuk", () -> recognitions.find(hr.getFirst().id()))).as("another manager does not")
                .isEmpty();
    }

    @Test
    @WithUserDetails("anna")
    void aLongCustomerStoryIsCutAtTheColumnsSizeRatherThanLost() {
        var reportId = 600_000 + System.nanoTime() % 100_000;
        var start = "Report " + reportId + ": the courier waited while I came down from the fifth floor. ";
        var story = start + "Thank you! ".repeat(500);
        var praise = new PraisePublished(reportId, List.of(employee("Bohdan Tkachenko")), "  " + story + "  ", null,
                Instant.now());
        transactions.executeWithoutResult(s -> events.publishEvent(praise));

        var kept = recognitions.board(new BoardFilter(null, null, null, null, Source.CUSTOMER), null, 100).stream()
                .filter(c -> c.story().startsWith(start)).toList();
        assertThat(kept).hasSize(1);
        assertThat(kept.getFirst().story()).isEqualTo(story.strip().substring(0, ReviewEvents.MAX_STORY));
    }
}
