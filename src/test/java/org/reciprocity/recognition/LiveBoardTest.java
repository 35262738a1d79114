package org.reciprocity.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.reciprocity.RunAs;
import org.reciprocity.culture.VisionService;
import org.reciprocity.people.Directory;
import org.reciprocity.review.PraisePublished;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/** What a screen subscribed to the live board receives: every new public entry once, nothing private. */
@SpringBootTest
class LiveBoardTest {

    @Autowired
    LiveBoard liveBoard;
    @Autowired
    RecognitionService recognitions;
    @Autowired
    Directory directory;
    @Autowired
    VisionService vision;
    @Autowired
    RunAs runAs;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    final List<RecognitionCard> received = new CopyOnWriteArrayList<>();

    GiveRecognition give(String name, Visibility visibility) {
        var to = directory.pick(name, PageRequest.of(0, 1)).getFirst().id();
        return new GiveRecognition(Set.of(to), Set.of(vision.activeValues().getFirst().id()),
                "Live board check " + System.nanoTime() + ": stayed calm with a queue out of the door.", visibility,
                true);
    }

    @Test
    @WithUserDetails("anna")
    void aSubscriberReceivesANewPublicEntryButNeverAPrivateOne() {
        var subscription = liveBoard.subscribe(received::add, Runnable::run);
        try {
            var shown = recognitions.give(give("Bohdan Tkachenko", Visibility.PUBLIC));
            var kept = recognitions.give(give("Bohdan Tkachenko", Visibility.PRIVATE));
            assertThat(received).extracting(RecognitionCard::id).contains(shown.id()).doesNotContain(kept.id());
            var card = received.stream().filter(c -> c.id() == shown.id()).findFirst().orElseThrow();
            assertThat(card.giver().name()).isEqualTo("Anna Kovalenko");
            assertThat(card.applaudedByMe()).as("read as nobody's view").isFalse();
        } finally {
            subscription.cancel();
        }
        var after = recognitions.give(give("Bohdan Tkachenko", Visibility.PUBLIC));
        assertThat(received).as("a cancelled subscription hears nothing more").extracting(RecognitionCard::id)
                .doesNotContain(after.id());
    }

    @Test
    void customerPraiseThatHrPublishesArrivesLive() {
        var reportId = 500_000 + System.nanoTime() % 100_000;
        var story = "Praise on the live board, report " + reportId;
        var subscription = liveBoard.subscribe(received::add, Runnable::run);
        try {
            runAs.user("olena", () -> {
                var bohdan = directory.pick("Bohdan Tkachenko", PageRequest.of(0, 1)).getFirst().id();
                transactions.executeWithoutResult(s -> events.publishEvent(
                        new PraisePublished(reportId, List.of(bohdan), story, null, Instant.now())));
            });
        } finally {
            subscription.cancel();
        }
        assertThat(received).extracting(RecognitionCard::story).contains(story);
    }
}
