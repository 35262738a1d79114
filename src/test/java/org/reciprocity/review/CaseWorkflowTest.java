package org.reciprocity.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.reciprocity.reporting.FileReport;
import org.reciprocity.reporting.ReportFiled;
import org.reciprocity.reporting.ReportKind;
import org.reciprocity.reporting.ReportStatus;
import org.reciprocity.reporting.StatusChange;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

@RecordApplicationEvents
/** HR moves, links, notes and answers a case; every change is audited, conflicts refused, roles kept. */
class CaseWorkflowTest extends ReviewTestSupport {

    @Test
    void theWorkflowAllowsExactlyTheseMoves() {
        for (var kind : ReportKind.values()) {
            for (var consent : new boolean[] {false, true}) {
                for (var linked : new boolean[] {false, true}) {
                    for (var from : CaseStatus.values()) {
                        var expected = switch (from) {
                            case NEW -> EnumSet.of(CaseStatus.ACKNOWLEDGED, CaseStatus.DISMISSED);
                            case ACKNOWLEDGED -> EnumSet.of(CaseStatus.IN_REVIEW, CaseStatus.DISMISSED);
                            case IN_REVIEW -> {
                                var set = EnumSet.of(CaseStatus.RESOLVED, CaseStatus.DISMISSED);
                                if (kind == ReportKind.PRAISE && linked) {
                                    set.add(CaseStatus.FORWARDED);
                                    if (consent) {
                                        set.add(CaseStatus.PUBLISHED);
                                    }
                                }
                                yield set;
                            }
                            case PUBLISHED -> EnumSet.of(CaseStatus.UNPUBLISHED);
                            default -> EnumSet.noneOf(CaseStatus.class);
                        };
                        assertThat(Workflow.next(kind, from, consent, linked))
                                .as("%s from %s, consent %s, linked %s", kind, from, consent, linked)
                                .isEqualTo(expected);
                    }
                }
            }
        }
    }

    @Test
    void whatIsStillNeededToPublishIsEmptyExactlyWhenPraiseCanBePublished() {
        for (var kind : ReportKind.values()) {
            for (var consent : new boolean[] {false, true}) {
                for (var linked : new boolean[] {false, true}) {
                    for (var from : CaseStatus.values()) {
                        var needs = Workflow.toPublish(kind, from, consent, linked);
                        var publishable = Workflow.next(kind, from, consent, linked).contains(CaseStatus.PUBLISHED);
                        var what = "%s from %s, consent %s, linked %s".formatted(kind, from, consent, linked);
                        if (kind != ReportKind.PRAISE || Workflow.isClosed(from)) {
                            assertThat(needs).as(what).isEmpty();
                        } else if (!consent) {
                            assertThat(needs).as(what).containsExactly(PublishNeed.CONSENT);
                        } else {
                            assertThat(needs.isEmpty()).as(what).isEqualTo(publishable);
                            assertThat(needs.contains(PublishNeed.LINK_EMPLOYEE)).as(what).isEqualTo(!linked);
                        }
                    }
                }
            }
        }
        assertThat(Workflow.toPublish(ReportKind.PRAISE, CaseStatus.NEW, true, false)).containsExactly(
                PublishNeed.ACKNOWLEDGE, PublishNeed.START_REVIEW, PublishNeed.LINK_EMPLOYEE);
    }

    @Test
    @WithUserDetails("olena")
    void theServiceRefusesEveryMoveTheWorkflowDoesNotAllow() {
        var anna = employee("Anna Kovalenko");
        for (var from : CaseStatus.values()) {
            var filed = file(ReportKind.PRAISE, true);
            if (from == CaseStatus.PUBLISHED || from == CaseStatus.FORWARDED || from == CaseStatus.UNPUBLISHED) {
                workflow.link(filed.id(), open(filed.id()).version(), anna);
            }
            var c = bring(filed.id(), from);
            assertThat(c.status()).isEqualTo(from);
            for (var to : CaseStatus.values()) {
                if (c.next().contains(to)) {
                    continue;
                }
                var version = c.version();
                assertThatThrownBy(() -> workflow.move(filed.id(), version, to, "Because"))
                        .as("%s → %s", from, to)
                        .isInstanceOf(ReviewException.class)
                        .extracting("messageKey").isEqualTo(to == CaseStatus.UNPUBLISHED
                                ? "review.unpublish.notPublished" : "review.move.refused");
            }
            assertThat(open(filed.id()).status()).isEqualTo(from);
        }
    }

    @Test
    @WithUserDetails("olena")
    void everyAllowedMoveIsMadeAndTheReporterSeesEachStepWithTheirCode() {
        var anna = employee("Anna Kovalenko");
        for (var end : List.of(CaseStatus.RESOLVED, CaseStatus.DISMISSED, CaseStatus.PUBLISHED,
                CaseStatus.FORWARDED)) {
            var filed = file(ReportKind.PRAISE, true);
            workflow.link(filed.id(), open(filed.id()).version(), anna);
            var closed = bring(filed.id(), end);
            assertThat(closed.status()).isEqualTo(end);
            assertThat(closed.closed()).isTrue();
            assertThat(closed.next()).as("only published praise can still be taken off the board")
                    .isEqualTo(end == CaseStatus.PUBLISHED ? java.util.Set.of(CaseStatus.UNPUBLISHED)
                            : java.util.Set.of());
            var seen = reports.lookup(filed.code(), "review-test-" + UUID.randomUUID()).orElseThrow();
            assertThat(seen.history()).extracting(StatusChange::status).containsExactly(ReportStatus.RECEIVED,
                    ReportStatus.ACKNOWLEDGED, ReportStatus.IN_REVIEW, end.shownToReporter());
        }
        // dismissing is also allowed straight from NEW and from ACKNOWLEDGED
        for (var from : List.of(CaseStatus.NEW, CaseStatus.ACKNOWLEDGED)) {
            var filed = file(ReportKind.CUSTOMER_MISTREATED, false);
            var c = bring(filed.id(), from);
            assertThat(workflow.move(filed.id(), c.version(), CaseStatus.DISMISSED, "Spam").status())
                    .isEqualTo(CaseStatus.DISMISSED);
        }
    }

    @Test
    @WithUserDetails("olena")
    void dismissingNeedsAReasonWhichGoesToTheTrail() {
        var filed = file(ReportKind.CUSTOMER_MISTREATED, false);
        var c = open(filed.id());
        assertThatThrownBy(() -> workflow.move(filed.id(), c.version(), CaseStatus.DISMISSED, "  "))
                .isInstanceOf(ReviewException.class).extracting("field").isEqualTo("reason");
        var dismissed = workflow.move(filed.id(), c.version(), CaseStatus.DISMISSED, "Sent twice");
        assertThat(dismissed.dismissReason()).isEqualTo("Sent twice");
        assertThat(dismissed.trail()).extracting(AuditLine::action, AuditLine::after)
                .contains(org.assertj.core.groups.Tuple.tuple(AuditAction.REASON, "Sent twice"));
    }

    @Test
    @WithUserDetails("olena")
    void praiseIsPublishedOnlyWithTheReportersConsentAndCarriesTheLinkedStaffButNoContact() {
        var anna = employee("Anna Kovalenko");
        var withoutConsent = file(ReportKind.PRAISE, false);
        workflow.link(withoutConsent.id(), open(withoutConsent.id()).version(), anna);
        var inReview = bring(withoutConsent.id(), CaseStatus.IN_REVIEW);
        assertThat(inReview.next()).doesNotContain(CaseStatus.PUBLISHED).contains(CaseStatus.FORWARDED);
        assertThatThrownBy(() -> workflow.move(withoutConsent.id(), inReview.version(), CaseStatus.PUBLISHED, null))
                .isInstanceOf(ReviewException.class);

        var withConsent = file(ReportKind.PRAISE, true);
        workflow.link(withConsent.id(), open(withConsent.id()).version(), anna);
        bring(withConsent.id(), CaseStatus.PUBLISHED);
        var published = events.stream(PraisePublished.class).toList();
        assertThat(published).hasSize(1);
        assertThat(published.getFirst().reportId()).isEqualTo(withConsent.id());
        assertThat(published.getFirst().employeeIds()).containsExactly(anna);
        assertThat(published.getFirst().story()).isEqualTo(withConsent.what());
        assertThat(published.getFirst().locationId()).isEqualTo(podil());
    }

    @Test
    @WithUserDetails("olena")
    void praiseForwardedPrivatelyNamesTheStaffMemberAndTheirManager() {
        var anna = employee("Anna Kovalenko");
        var max = employee("Maksym Shevchenko");
        var filed = file(ReportKind.PRAISE, false);
        var inReview = bring(filed.id(), CaseStatus.IN_REVIEW);
        assertThat(inReview.next()).as("nobody to forward to yet").doesNotContain(CaseStatus.FORWARDED);
        var linked = workflow.link(filed.id(), inReview.version(), anna);
        workflow.move(filed.id(), linked.version(), CaseStatus.FORWARDED, null);
        var forwarded = events.stream(PraiseForwarded.class).toList().getLast();
        assertThat(forwarded.employeeIds()).containsExactly(anna);
        assertThat(forwarded.managerIds()).containsExactly(max);
        assertThat(events.stream(PraisePublished.class)).isEmpty();
    }

    // ------------------------------------------------------------------ links, notes, replies, the trail

    @Test
    @WithUserDetails("olena")
    void everyChangeIsWrittenToTheTrailWithWhoWhenAndBeforeAndAfter() {
        clock.set(Instant.parse("2026-06-01T08:00:00Z"));
        var filed = file(ReportKind.CUSTOMER_MISTREATED, false);
        var me = currentUser.require().employeeId();
        var anna = employee("Anna Kovalenko");
        var c = workflow.assign(filed.id(), open(filed.id()).version(), me);
        c = workflow.link(filed.id(), c.version(), anna);
        c = workflow.note(filed.id(), "Check the camera at till 2.");
        c = workflow.reply(filed.id(), "We are sorry. We are looking into it.");
        c = workflow.move(filed.id(), c.version(), CaseStatus.ACKNOWLEDGED, null);
        c = workflow.assign(filed.id(), c.version(), null);
        c = workflow.unlink(filed.id(), c.version(), anna);

        assertThat(c.trail()).extracting(AuditLine::action, AuditLine::before, AuditLine::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AuditAction.ASSIGNED, null, "Olena Bondarenko"),
                org.assertj.core.groups.Tuple.tuple(AuditAction.LINKED, null, "Anna Kovalenko"),
                org.assertj.core.groups.Tuple.tuple(AuditAction.NOTE, null, "Check the camera at till 2."),
                org.assertj.core.groups.Tuple.tuple(AuditAction.REPLY, null, "We are sorry. We are looking into it."),
                org.assertj.core.groups.Tuple.tuple(AuditAction.STATUS, "NEW", "ACKNOWLEDGED"),
                org.assertj.core.groups.Tuple.tuple(AuditAction.ASSIGNED, "Olena Bondarenko", null),
                org.assertj.core.groups.Tuple.tuple(AuditAction.UNLINKED, "Anna Kovalenko", null));
        assertThat(c.trail()).allSatisfy(line -> {
            assertThat(line.actor()).isEqualTo("Olena Bondarenko");
            assertThat(line.at()).isEqualTo(Instant.parse("2026-06-01T08:00:00Z"));
        });
        var seen = reports.lookup(filed.code(), "review-test-" + UUID.randomUUID()).orElseThrow();
        assertThat(seen.messages()).extracting(m -> m.text()).containsExactly("We are sorry. We are looking into it.");
        assertThat(seen.toString()).as("notes stay inside HR").doesNotContain("camera");
    }

    @Test
    void theTrailHasNoWayToChangeOrDeleteALine() {
        assertThat(AuditTrail.class.getMethods()).extracting(java.lang.reflect.Method::getName)
                .containsOnly("save", "findByReportIdOrderByHappenedAtAscIdAsc", "countByReportId", "count");
    }

    @Test
    @WithUserDetails("olena")
    void onlyHrPeopleCanBeAssigned() {
        var filed = file(ReportKind.PRAISE, false);
        var version = open(filed.id()).version();
        var anna = employee("Anna Kovalenko");
        assertThatThrownBy(() -> workflow.assign(filed.id(), version, anna))
                .isInstanceOf(ReviewException.class).extracting("messageKey").isEqualTo("review.assign.notHr");
        assertThat(queue.hrPeople()).extracting(r -> r.fullName()).contains("Olena Bondarenko")
                .doesNotContain("Anna Kovalenko");
    }

    // ------------------------------------------------------------------ two HR people at once

    @Test
    @WithUserDetails("olena")
    void aStaleVersionIsRefused() {
        var filed = file(ReportKind.PRAISE, false);
        var stale = open(filed.id()).version();
        workflow.note(filed.id(), "Notes do not conflict");
        workflow.assign(filed.id(), stale, currentUser.require().employeeId());
        assertThatThrownBy(() -> workflow.move(filed.id(), stale, CaseStatus.ACKNOWLEDGED, null))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(open(filed.id()).status()).isEqualTo(CaseStatus.NEW);
    }

    @Test
    @WithUserDetails("olena")
    void twoHrPeopleChangeTheSameCaseAtOnceAndTheSecondCommitFails() {
        var filed = file(ReportKind.PRAISE, false);
        var me = currentUser.require().employeeId();
        var first = new TransactionTemplate(transactions);
        first.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        var second = new TransactionTemplate(transactions);
        second.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        assertThatThrownBy(() -> second.executeWithoutResult(tx -> {
            var seenBySecond = open(filed.id()).version();           // both load the same version
            first.executeWithoutResult(tx1 -> {
                var seenByFirst = open(filed.id()).version();
                workflow.assign(filed.id(), seenByFirst, me);             // the first commits
            });
            workflow.move(filed.id(), seenBySecond, CaseStatus.ACKNOWLEDGED, null); // the second is stale
        })).isInstanceOf(OptimisticLockingFailureException.class);

        var after = open(filed.id());
        assertThat(after.assignee()).isNotNull();
        assertThat(after.status()).as("nothing of the second was saved").isEqualTo(CaseStatus.NEW);
        assertThat(after.trail()).extracting(AuditLine::action).containsExactly(AuditAction.ASSIGNED);
    }

    // ------------------------------------------------------------------ who may do what

    @Test
    @WithUserDetails("anna")
    void anEmployeeCannotReadOrChangeCases() {
        var filed = file(ReportKind.PRAISE, false);
        assertThatThrownBy(() -> queue.queue(CaseQuery.OPEN, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workflow.open(filed.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workflow.move(filed.id(), 0, CaseStatus.ACKNOWLEDGED, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workflow.note(filed.id(), "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> checkIns.mine(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("max")
    void aManagerCannotReadOrChangeCases() {
        var filed = file(ReportKind.STAFF_MISTREATED, false);
        assertThatThrownBy(() -> queue.countWaiting()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workflow.open(filed.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workflow.reply(filed.id(), "Hello")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workflow.assign(filed.id(), 0, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void anAdminReadsCasesButChangesNothing() {
        var filed = file(ReportKind.PRAISE, false);
        var c = open(filed.id());
        assertThat(c.editable()).isFalse();
        assertThat(c.next()).isEmpty();
        assertThat(queue.queue(CaseQuery.ALL, PageRequest.of(0, 5))).isNotEmpty();
        assertThatThrownBy(() -> workflow.move(filed.id(), c.version(), CaseStatus.ACKNOWLEDGED, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("anna")
    void aNamedReportersIdentityIsShownToHrOnly() {
        var what = "Named report about a rude customer " + UUID.randomUUID();
        var occurred = LocalDateTime.ofInstant(clock.instant(), company.timeZone()).minusHours(1).withNano(0);
        reports.file(new FileReport(ReportKind.STAFF_MISTREATED, podil(), occurred, "Me", what, null, false, false,
                true, null), "review-test-" + UUID.randomUUID());
        var id = events.stream(ReportFiled.class).toList().getLast().reportId();

        var hr = as("olena", () -> workflow.open(id).orElseThrow());
        assertThat(hr.reporterName()).isEqualTo("Anna Kovalenko");
        var admin = as("admin", () -> workflow.open(id).orElseThrow());
        assertThat(admin.reporterName()).isNull();
    }
}
