package org.reciprocity.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.reciprocity.RunAs;
import org.reciprocity.culture.VisionService;
import org.reciprocity.people.Directory;
import org.reciprocity.review.PraisePublished;
import org.reciprocity.review.PraiseUnpublished;
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

    /** Delivers as a view's UI would: as the person looking at the board (signals arrive on their own thread). */
    Executor asAnna() {
        return command -> runAs.user("anna", () -> {
            command.run();
            return null;
        });
    }

    private void awaitReceived(long id) {
        await().atMost(Duration.ofSeconds(10)).until(() -> received.stream().anyMatch(c -> c.id() == id));
    }

    GiveRecognition give(String name, Visibility visibility) {
        var to = directory.pick(name, PageRequest.of(0, 1)).getFirst().id();
        return new GiveRecognition(Set.of(to), Set.of(vision.activeValues().getFirst().id()),
                "Live board check " + System.nanoTime() + ": stayed calm with a queue out of the door.", visibility,
                true);
    }

    @Test
    @WithUserDetails("anna")
    void aSubscriberReceivesANewPublicEntryButNeverAPrivateOne() {
        var subscription = liveBoard.subscribe(received::add, asAnna());
        try {
            var kept = recognitions.give(give("Bohdan Tkachenko", Visibility.PRIVATE));
            var shown = recognitions.give(give("Bohdan Tkachenko", Visibility.PUBLIC));
            awaitReceived(shown.id()); // signals arrive in the order sent: the private one would have come first
            assertThat(received).extracting(RecognitionCard::id).contains(shown.id()).doesNotContain(kept.id());
            var card = received.stream().filter(c -> c.id() == shown.id()).findFirst().orElseThrow();
            assertThat(card.giver().name()).isEqualTo("Anna Kovalenko");
            assertThat(card.applaudedByMe()).as("read as nobody's view").isFalse();
        } finally {
            subscription.cancel();
        }
        var after = recognitions.give(give("Bohdan Tkachenko", Visibility.PUBLIC));
        // a later entry heard by another subscriber: signals arrive in order, so 'after' has been told by then
        var heard = new CopyOnWriteArrayList<Long>();
        var probe = liveBoard.subscribe(c -> heard.add(c.id()), asAnna());
        try {
            // given by someone else: Anna's daily count is the other tests' (a sixth asks her to confirm)
            var last = runAs.user("kateryna.oliinyk", () -> recognitions.give(give("Bohdan Tkachenko",
                    Visibility.PUBLIC)));
            await().atMost(Duration.ofSeconds(10)).until(() -> heard.contains(last.id()));
        } finally {
            probe.cancel();
        }
        assertThat(received).as("a cancelled subscription hears nothing more").extracting(RecognitionCard::id)
                .doesNotContain(after.id());
    }

    @Test
    @WithUserDetails("kateryna.oliinyk")
    void aBoardWhoseUiRefusesAccessDoesNotStopTheOthers() {
        var closed = liveBoard.subscribe(c -> { }, command -> {
            throw new IllegalStateException("UI detached");
        });
        var open = liveBoard.subscribe(received::add, asAnna());
        try {
            var shown = recognitions.give(give("Bohdan Tkachenko", Visibility.PUBLIC));
            awaitReceived(shown.id());
        } finally {
            closed.cancel();
            open.cancel();
        }
    }

    @Test
    void customerPraiseThatHrPublishesArrivesLive() {
        var reportId = 500_000 + System.nanoTime() % 100_000;
        var story = "Praise on the live board, report " + reportId;
        var subscription = liveBoard.subscribe(received::add, asAnna());
        try {
            runAs.user("olena", () -> {
                var bohdan = directory.pick("Bohdan Tkachenko", PageRequest.of(0, 1)).getFirst().id();
                transactions.executeWithoutResult(s -> events.publishEvent(
                        new PraisePublished(reportId, List.of(bohdan), story, null, Instant.now())));
            });
            await().atMost(Duration.ofSeconds(10)).until(() -> received.stream().anyMatch(c -> c.story().equals(story)));
        } finally {
            subscription.cancel();
        }
        assertThat(received).extracting(RecognitionCard::story).contains(story);
    }

    @Test
    @WithUserDetails("olena")
    void praiseHrTakesOffTheBoardLeavesOpenScreensLive() {
        var reportId = 510_000 + System.nanoTime() % 100_000;
        var story = "Praise taken off the live board, report " + reportId;
        var withdrawn = new CopyOnWriteArrayList<Long>();
        var subscription = liveBoard.subscribe(received::add, withdrawn::add, asAnna());
        try {
            var bohdan = directory.pick("Bohdan Tkachenko", PageRequest.of(0, 1)).getFirst().id();
            transactions.executeWithoutResult(s -> events.publishEvent(
                    new PraisePublished(reportId, List.of(bohdan), story, null, Instant.now())));
            await().atMost(Duration.ofSeconds(10)).until(() -> received.stream().anyMatch(c -> c.story().equals(story)));
            var id = received.stream().filter(c -> c.story().equals(story)).findFirst().orElseThrow().id();
            transactions.executeWithoutResult(s -> events.publishEvent(new PraiseUnpublished(reportId, Instant.now())));
            await().atMost(Duration.ofSeconds(10)).until(() -> withdrawn.contains(id));
        } finally {
            subscription.cancel();
        }
    }
}
