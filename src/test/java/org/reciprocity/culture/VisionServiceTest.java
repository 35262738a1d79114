package org.reciprocity.culture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reciprocity.MutableClock;
import org.reciprocity.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
class VisionServiceTest {

    @Autowired
    VisionService visions;

    @Autowired
    MutableClock clock;

    @Autowired
    RunAs runAs;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Vision republish(Vision from, String statement) {
        var drafts = new ArrayList<ValueDraft>();
        from.values().forEach(v -> drafts.add(new ValueDraft(v.id(), v.name(), v.description())));
        return runAs.user("olena", () -> visions.publish(new PublishVision(from.version(), statement, drafts)));
    }

    @Test
    @WithUserDetails("anna")
    void everyEmployeeReadsTheDemoVisionAndItsFiveValues() {
        var vision = visions.current().orElseThrow();
        assertThat(vision.statement()).startsWith("We exist so that every customer");
        assertThat(vision.values()).extracting(ServiceValue::name).containsExactly("Honest and transparent",
                "Solve it in one step", "Go the extra mile", "Keep calm and dignified", "Follow up and talk");
    }

    @Test
    @WithUserDetails("max")
    void anEmployeeAcknowledgesOnceAndIsAskedAgainWhenTheVisionChanges() {
        var vision = visions.current().orElseThrow();
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        var first = visions.acknowledge(vision.version());
        assertThat(visions.myAcknowledgement()).contains(first);

        clock.set(Instant.parse("2026-03-03T09:00:00Z"));
        assertThat(visions.acknowledge(vision.version())).as("acknowledging twice keeps the first").isEqualTo(first);

        var next = republish(vision, vision.statement() + "\nAnd we keep our promises.");
        assertThat(next.version()).isEqualTo(vision.version() + 1);
        assertThat(visions.myAcknowledgement()).as("a new version asks again").isEmpty();
        assertThatThrownBy(() -> visions.acknowledge(vision.version()))
                .as("nobody acknowledges a text they have not seen")
                .isInstanceOf(OptimisticLockingFailureException.class);
        visions.acknowledge(next.version());
        assertThat(visions.myAcknowledgement()).isPresent();
    }

    @Test
    @WithUserDetails("anna")
    void anEmployeeCannotPublishOrSeeWhoHasNotRead() {
        var vision = visions.current().orElseThrow();
        assertThatThrownBy(() -> visions.publish(new PublishVision(vision.version(), "Ours", List.of(
                new ValueDraft(null, "Mine", "Only mine"))))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> visions.progress()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("olena")
    void aSecondEditorWorkingFromAnOldVersionIsRefused() {
        var vision = visions.current().orElseThrow();
        republish(vision, vision.statement());
        var stale = new PublishVision(vision.version(), "Overwrites the other edit", List.of(
                new ValueDraft(null, "Anything", "Anything at all")));
        assertThatThrownBy(() -> visions.publish(stale)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    @WithUserDetails("olena")
    void twoValuesCannotShareAName() {
        var vision = visions.current().orElseThrow();
        var command = new PublishVision(vision.version(), "Why", List.of(new ValueDraft(null, "Care", "One"),
                new ValueDraft(null, " care ", "Two")));
        assertThatThrownBy(() -> visions.publish(command)).isInstanceOf(CultureException.class)
                .hasMessage("vision.value.name.duplicate");
    }

    @Test
    @WithUserDetails("olena")
    void aRemovedValueIsRetiredButStillReadableForPastRecognitions() {
        var vision = visions.current().orElseThrow();
        var drafts = new ArrayList<ValueDraft>();
        vision.values().forEach(v -> drafts.add(new ValueDraft(v.id(), v.name(), v.description())));
        var removed = drafts.removeLast();
        drafts.add(new ValueDraft(null, "Retire-test value " + System.nanoTime(), "Temporary"));
        var next = visions.publish(new PublishVision(vision.version(), vision.statement(), drafts));
        assertThat(next.values()).extracting(ServiceValue::id).doesNotContain(removed.id());
        assertThat(visions.values(List.of(removed.id()))).extracting(ServiceValue::name).containsExactly(removed.name());

        // restore the demo values for the other tests
        var restore = new ArrayList<ValueDraft>();
        vision.values().forEach(v -> restore.add(new ValueDraft(v.id(), v.name(), v.description())));
        visions.publish(new PublishVision(next.version(), vision.statement(), restore));
    }

    @Test
    @WithUserDetails("olena")
    void hrSeesWhoHasNotReadTheCurrentVersion() {
        var progress = visions.progress();
        assertThat(progress.employees()).isGreaterThanOrEqualTo(40);
        assertThat(visions.countNotAcknowledged()).isEqualTo(progress.pending());
        assertThat(visions.notAcknowledged(org.springframework.data.domain.PageRequest.of(0, 500)))
                .hasSize((int) progress.pending());
    }
}
