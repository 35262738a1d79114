package org.reciprocity.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.reciprocity.recognition.BoardFilter;
import org.reciprocity.recognition.RecognitionCard;
import org.reciprocity.recognition.RecognitionService;
import org.reciprocity.recognition.Source;
import org.reciprocity.reporting.ReportKind;
import org.reciprocity.reporting.ReportStatus;
import org.reciprocity.reporting.ReporterUpdated;
import org.reciprocity.reporting.StatusChange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * HR takes published customer praise off the board again: the entry is gone for everyone, the trail says who and
 * why, the reporter's status says so; nobody else may, and doing it again (or replaying its event) changes nothing.
 */
class UnpublishPraiseTest extends ReviewTestSupport {

    @Autowired
    RecognitionService recognitions;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    JdbcTemplate jdbc;

    /** Praise with the customer's consent, about Anna, on the board. */
    Filed published() {
        var filed = file(ReportKind.PRAISE, true);
        workflow.link(filed.id(), open(filed.id()).version(), employee("Anna Kovalenko"));
        assertThat(bring(filed.id(), CaseStatus.PUBLISHED).status()).isEqualTo(CaseStatus.PUBLISHED);
        return filed;
    }

    List<RecognitionCard> onBoard(Filed filed) {
        return recognitions.board(new BoardFilter(null, null, null, null, Source.CUSTOMER), null, 100).stream()
                .filter(c -> c.story().equals(filed.what())).toList();
    }

    long entries(Filed filed) {
        return jdbc.queryForObject("select count(*) from recognition where source = 'CUSTOMER' and origin_ref = ?",
                Long.class, filed.id());
    }

    @Test
    @WithUserDetails("olena")
    void hrTakesPraiseOffTheBoardAndTheTrailAndTheReporterSaySo() {
        var filed = published();
        var card = onBoard(filed).getFirst();
        as("bohdan.tkachenko", () -> recognitions.applaud(card.id()));
        assertThat(toldOf(card.id())).as("Anna's bell told her of the praise").isOne();

        var c = workflow.move(filed.id(), open(filed.id()).version(), CaseStatus.UNPUBLISHED,
                "The customer asked us to take it down");

        assertThat(c.status()).isEqualTo(CaseStatus.UNPUBLISHED);
        assertThat(c.next()).as("final").isEmpty();
        assertThat(onBoard(filed)).as("gone from the board").isEmpty();
        assertThat(as("anna", () -> recognitions.find(card.id()))).as("and from the page of the one it named")
                .isEmpty();
        assertThat(as("anna", () -> recognitions.receivedBy(employee("Anna Kovalenko"), null, 100)))
                .extracting(RecognitionCard::id).doesNotContain(card.id());
        assertThat(jdbc.queryForObject("select count(*) from recognition_applause where recognition_id = ?",
                Long.class, card.id())).as("its applause with it").isZero();
        assertThat(toldOf(card.id())).as("and her bell no longer tells of it").isZero();

        assertThat(c.trail()).extracting(AuditLine::action, AuditLine::before, AuditLine::after).endsWith(
                Tuple.tuple(AuditAction.STATUS, "PUBLISHED", "UNPUBLISHED"),
                Tuple.tuple(AuditAction.REASON, null, "The customer asked us to take it down"));
        assertThat(c.trail().getLast().actor()).isEqualTo("Olena Bondarenko");

        var seen = reports.lookup(filed.code(), "review-test-" + UUID.randomUUID()).orElseThrow();
        assertThat(seen.status()).isEqualTo(ReportStatus.UNPUBLISHED);
        assertThat(seen.history()).extracting(StatusChange::status).endsWith(ReportStatus.PUBLISHED,
                ReportStatus.UNPUBLISHED);
        assertThat(seen.messages()).as("the reason is HR's, not the reporter's").isEmpty();
        assertThat(events.stream(ReporterUpdated.class).filter(e -> e.reportId() == filed.id()).count())
                .as("the reporter is told there is news, for each public step").isEqualTo(4);
        assertThat(events.stream(PraiseUnpublished.class).filter(e -> e.reportId() == filed.id())).hasSize(1);
    }

    @Test
    @WithUserDetails("olena")
    void onlyHrMayTakePraiseOffTheBoard() {
        var filed = published();
        var version = open(filed.id()).version();
        for (var who : List.of("admin", "anna", "max")) {
            assertThatThrownBy(() -> as(who, () -> workflow.move(filed.id(), version, CaseStatus.UNPUBLISHED,
                    "Not mine to decide"))).as(who).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(open(filed.id()).status()).isEqualTo(CaseStatus.PUBLISHED);
        assertThat(onBoard(filed)).hasSize(1);
    }

    @Test
    @WithUserDetails("olena")
    void whatIsNotOnTheBoardCannotBeTakenOffIt() {
        var anna = employee("Anna Kovalenko");
        for (var status : List.of(CaseStatus.IN_REVIEW, CaseStatus.FORWARDED, CaseStatus.RESOLVED)) {
            var filed = file(ReportKind.PRAISE, true);
            workflow.link(filed.id(), open(filed.id()).version(), anna);
            var c = bring(filed.id(), status);
            assertThatThrownBy(() -> workflow.move(filed.id(), c.version(), CaseStatus.UNPUBLISHED, "Why not"))
                    .as(status.name()).isInstanceOf(ReviewException.class)
                    .extracting("messageKey").isEqualTo("review.unpublish.notPublished");
            assertThat(open(filed.id()).status()).isEqualTo(status);
        }
        var filed = published();
        var version = open(filed.id()).version();
        assertThatThrownBy(() -> workflow.move(filed.id(), version, CaseStatus.UNPUBLISHED, "  "))
                .as("the trail needs a reason").isInstanceOf(ReviewException.class)
                .extracting("field", "messageKey").containsExactly("reason", "review.unpublish.reason.required");
        assertThat(onBoard(filed)).hasSize(1);
    }

    @Test
    @WithUserDetails("olena")
    void takingItOffAgainOrReplayingTheEventsChangesNothing() {
        var filed = published();
        var before = open(filed.id());
        var after = workflow.move(filed.id(), before.version(), CaseStatus.UNPUBLISHED, "Published by mistake");

        assertThatThrownBy(() -> workflow.move(filed.id(), before.version(), CaseStatus.UNPUBLISHED, "Again"))
                .as("a second click on a stale page").isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> workflow.move(filed.id(), after.version(), CaseStatus.UNPUBLISHED, "Again"))
                .as("after a reload").isInstanceOf(ReviewException.class);

        // the event publication registry may publish both events again after a restart, in any order
        var transaction = new TransactionTemplate(transactions);
        var unpublished = events.stream(PraiseUnpublished.class).toList().getLast();
        var publishedEvent = events.stream(PraisePublished.class).filter(e -> e.reportId() == filed.id())
                .findFirst().orElseThrow();
        transaction.executeWithoutResult(s -> publisher.publishEvent(unpublished));
        transaction.executeWithoutResult(s -> publisher.publishEvent(publishedEvent));

        assertThat(onBoard(filed)).isEmpty();
        assertThat(entries(filed)).as("one tombstone, no second entry").isEqualTo(1);
        assertThat(open(filed.id()).trail()).extracting(AuditLine::action, AuditLine::after)
                .as("nothing more in the trail").containsExactlyElementsOf(after.trail().stream()
                        .map(l -> Tuple.tuple(l.action(), l.after())).toList());
        var seen = reports.lookup(filed.code(), "review-test-" + UUID.randomUUID()).orElseThrow();
        assertThat(seen.history()).extracting(StatusChange::status).containsOnlyOnce(ReportStatus.UNPUBLISHED);
    }

    @Test
    @WithUserDetails("olena")
    void anUnpublishThatOvertakesItsPublishLeavesNothingForThePublishToAdd() {
        var reportId = 41_000_000 + System.nanoTime() % 1_000_000;
        var at = clock.instant();
        var transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(s -> publisher.publishEvent(new PraiseUnpublished(reportId, at)));
        transaction.executeWithoutResult(s -> publisher.publishEvent(new PraisePublished(reportId,
                List.of(employee("Anna Kovalenko")), "Overtaken praise " + reportId, null, at)));

        assertThat(recognitions.board(BoardFilter.ALL, null, 100)).extracting(RecognitionCard::story)
                .doesNotContain("Overtaken praise " + reportId);
    }

    long toldOf(long recognitionId) {
        return jdbc.queryForObject("select count(*) from notification where kind = 'RECOGNITION_RECEIVED' "
                + "and subject_id = ?", Long.class, recognitionId);
    }
}
