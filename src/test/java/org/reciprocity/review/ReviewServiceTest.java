package org.reciprocity.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reciprocity.MutableClock;
import org.reciprocity.people.Directory;
import org.reciprocity.reporting.FileReport;
import org.reciprocity.reporting.ReportFiled;
import org.reciprocity.reporting.ReportKind;
import org.reciprocity.reporting.ReportService;
import org.reciprocity.reporting.ReportStatus;
import org.reciprocity.reporting.StatusChange;
import org.reciprocity.security.CurrentUser;
import org.reciprocity.security.Role;
import org.reciprocity.security.SystemAccess;
import org.reciprocity.shared.CompanySettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@RecordApplicationEvents
class ReviewServiceTest {

    @Autowired
    ReviewQueue queue;
    @Autowired
    CaseWorkflow workflow;
    @Autowired
    CheckIns checkIns;
    @Autowired
    ReportService reports;
    @Autowired
    Directory directory;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    MutableClock clock;
    @Autowired
    CompanySettings company;
    @Autowired
    ApplicationEvents events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    UserDetailsService users;
    @Autowired
    ReviewCaseRepository cases;
    @Autowired
    @Qualifier("abuseEvidence")
    LinkedReportEvidence abuse;
    @Autowired
    @Qualifier("customerPraiseEvidence")
    LinkedReportEvidence praise;

    /** Runs {@code work} signed in as another demo user, then signs the test's user back in. */
    <T> T as(String username, java.util.function.Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    // ------------------------------------------------------------------ helpers

    long podil() {
        return directory.locationByCode("kyiv-podil").orElseThrow().id();
    }

    long employee(String name) {
        return directory.pick(name, PageRequest.of(0, 1)).getFirst().id();
    }

    record Filed(long id, String code, String what) {
    }

    /** Files a report as the public would (whoever is signed in for the test), and returns its id and code. */
    Filed file(ReportKind kind, boolean publicConsent) {
        var what = "What happened, told in enough words " + UUID.randomUUID();
        var occurred = LocalDateTime.ofInstant(clock.instant(), company.timeZone()).minusHours(2).withNano(0);
        var receipt = reports.file(new FileReport(kind, podil(), occurred, "The cashier at till 2", what, null,
                false, publicConsent, false, null), "review-test-" + UUID.randomUUID());
        var id = events.stream(ReportFiled.class).toList().getLast().reportId();
        return new Filed(id, receipt.code(), what);
    }

    CaseDetails open(long id) {
        return workflow.open(id).orElseThrow();
    }

    /** Walks a case along the allowed path to {@code status}. */
    CaseDetails bring(long id, CaseStatus status) {
        var c = open(id);
        var path = switch (status) {
            case NEW -> List.<CaseStatus>of();
            case ACKNOWLEDGED -> List.of(CaseStatus.ACKNOWLEDGED);
            case IN_REVIEW -> List.of(CaseStatus.ACKNOWLEDGED, CaseStatus.IN_REVIEW);
            default -> List.of(CaseStatus.ACKNOWLEDGED, CaseStatus.IN_REVIEW, status);
        };
        for (var step : path) {
            c = workflow.move(id, c.version(), step, step == CaseStatus.DISMISSED ? "A duplicate" : null);
        }
        return c;
    }

    // ------------------------------------------------------------------ cases and deadlines

    @Test
    @WithUserDetails("olena")
    void aFiledReportOpensACaseWithTheDeadlinesPromisedToTheReporter() {
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        var filed = file(ReportKind.CUSTOMER_MISTREATED, false);
        var c = open(filed.id());
        assertThat(c.status()).isEqualTo(CaseStatus.NEW);
        assertThat(c.report().what()).isEqualTo(filed.what());
        assertThat(c.acknowledgeBy()).isEqualTo(Instant.parse("2026-03-04T09:00:00Z"));
        assertThat(c.answerBy()).isEqualTo(Instant.parse("2026-04-01T09:00:00Z"));
        assertThat(c.dueAt()).isEqualTo(c.acknowledgeBy());
        assertThat(c.overdue()).isFalse();
        assertThat(c.next()).containsExactlyInAnyOrder(CaseStatus.ACKNOWLEDGED, CaseStatus.DISMISSED);
    }

    @Test
    @WithUserDetails("olena")
    void anUnacknowledgedReportBecomesOverdueAfterTwoDaysAndAnUnansweredOneAfterThirty() {
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        var filed = file(ReportKind.PRAISE, false);
        var overdueBefore = queue.countOverdue();

        clock.set(Instant.parse("2026-03-04T09:01:00Z"));
        assertThat(open(filed.id()).overdue()).isTrue();
        assertThat(queue.countOverdue()).isEqualTo(overdueBefore + 1);
        var overdueQuery = new CaseQuery(Set.of(), ReportKind.PRAISE, podil(), null, true);
        assertThat(queue.queue(overdueQuery, PageRequest.of(0, 500))).extracting(CaseRow::reportId)
                .contains(filed.id());

        var acknowledged = workflow.move(filed.id(), open(filed.id()).version(), CaseStatus.ACKNOWLEDGED, null);
        assertThat(acknowledged.overdue()).as("now the answer deadline applies").isFalse();
        assertThat(acknowledged.dueAt()).isEqualTo(Instant.parse("2026-04-01T09:00:00Z"));
        assertThat(acknowledged.acknowledgedAt()).isEqualTo(Instant.parse("2026-03-04T09:01:00Z"));

        clock.set(Instant.parse("2026-04-01T09:00:01Z"));
        assertThat(open(filed.id()).overdue()).isTrue();
        var replied = workflow.reply(filed.id(), "Thank you, we passed it on.");
        assertThat(replied.overdue()).isFalse();
        assertThat(replied.dueAt()).as("answered: no deadline left").isNull();
        assertThat(queue.queue(overdueQuery, PageRequest.of(0, 500))).extracting(CaseRow::reportId)
                .doesNotContain(filed.id());
    }

    @Test
    @WithUserDetails("olena")
    void theQueueFiltersByStatusKindLocationAssigneeAndSortsByTheNextDeadline() {
        clock.set(Instant.parse("2026-05-10T09:00:00Z"));
        var older = file(ReportKind.STAFF_MISTREATED, false);
        clock.set(Instant.parse("2026-05-11T09:00:00Z"));
        var newer = file(ReportKind.STAFF_MISTREATED, false);
        var me = currentUser.require().employeeId();
        workflow.assign(newer.id(), open(newer.id()).version(), me);

        var mine = new CaseQuery(Set.of(CaseStatus.NEW), ReportKind.STAFF_MISTREATED, podil(), me, false);
        assertThat(queue.queue(mine, PageRequest.of(0, 500))).extracting(CaseRow::reportId)
                .contains(newer.id()).doesNotContain(older.id());
        assertThat(queue.count(mine)).isEqualTo(queue.queue(mine, PageRequest.of(0, 500)).size());

        var all = queue.queue(new CaseQuery(Set.of(CaseStatus.NEW), ReportKind.STAFF_MISTREATED, podil(), null,
                false), PageRequest.of(0, 500)).stream().map(CaseRow::reportId).toList();
        assertThat(all.indexOf(older.id())).as("the older deadline first").isLessThan(all.indexOf(newer.id()));
        var row = queue.queue(mine, PageRequest.of(0, 500)).stream().filter(r -> r.reportId() == newer.id())
                .findFirst().orElseThrow();
        assertThat(row.assigneeName()).isEqualTo("Olena Bondarenko");
        assertThat(row.locationName()).isEqualTo("Kyiv — Podil store");
    }

    @Test
    @WithUserDetails("olena")
    void newReportsAreCountedForTheNavigationUntilAcknowledged() {
        var before = queue.countWaiting();
        var filed = file(ReportKind.PRAISE, false);
        assertThat(queue.countWaiting()).isEqualTo(before + 1);
        bring(filed.id(), CaseStatus.ACKNOWLEDGED);
        assertThat(queue.countWaiting()).isEqualTo(before);
    }

    // ------------------------------------------------------------------ the workflow

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
    @WithUserDetails("olena")
    void theServiceRefusesEveryMoveTheWorkflowDoesNotAllow() {
        var anna = employee("Anna Kovalenko");
        for (var from : CaseStatus.values()) {
            var filed = file(ReportKind.PRAISE, true);
            if (from == CaseStatus.PUBLISHED || from == CaseStatus.FORWARDED) {
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
                        .extracting("messageKey").isEqualTo("review.move.refused");
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
            assertThat(closed.next()).isEmpty();
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

    // ------------------------------------------------------------------ staff mistreated

    @Test
    @WithUserDetails("olena")
    void aStaffMemberWhoKeptTheirDignityIsRecognisedAndTheirManagerAskedToCheckIn() {
        var andrii = employee("Andrii Polishchuk");
        var filed = file(ReportKind.STAFF_MISTREATED, false);
        var c = bring(filed.id(), CaseStatus.IN_REVIEW);
        var version = c.version();
        assertThatThrownBy(() -> workflow.recogniseDignity(filed.id(), version, andrii))
                .as("link her first").isInstanceOf(ReviewException.class);
        c = workflow.link(filed.id(), c.version(), andrii);
        var linkedVersion = c.version();
        assertThatThrownBy(() -> workflow.recordOutcome(filed.id(), linkedVersion, CustomerOutcome.OTHER, null))
                .isInstanceOf(ReviewException.class).extracting("field").isEqualTo("outcomeNote");
        c = workflow.recordOutcome(filed.id(), c.version(), CustomerOutcome.SERVED_BY_MANAGER, "The manager took over");
        c = workflow.recogniseDignity(filed.id(), c.version(), andrii);

        assertThat(c.outcome()).isEqualTo(CustomerOutcome.SERVED_BY_MANAGER);
        assertThat(c.dignity()).containsExactly(andrii);
        var recognised = events.stream(DignityRecognised.class).toList();
        assertThat(recognised).extracting(DignityRecognised::reportId, DignityRecognised::employeeId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(filed.id(), andrii));
        var again = c.version();
        assertThatThrownBy(() -> workflow.recogniseDignity(filed.id(), again, andrii))
                .isInstanceOf(ReviewException.class).extracting("messageKey").isEqualTo("review.dignity.already");
        assertThat(c.trail()).extracting(AuditLine::action).contains(AuditAction.OUTCOME, AuditAction.DIGNITY);

        // Max, Anna's manager, finds the check-in and marks it done
        var task = as("max", () -> checkIns.mine(PageRequest.of(0, 50)).stream()
                .filter(t -> t.employeeId() == andrii && t.doneAt() == null).findFirst().orElseThrow());
        assertThat(task.employeeName()).isEqualTo("Andrii Polishchuk");
        assertThat(task.locationName()).isEqualTo("Kyiv — Podil store");
    }

    @Test
    @WithUserDetails("olena")
    void outcomesAndDignityAreOnlyForStaffMistreated() {
        var filed = file(ReportKind.CUSTOMER_MISTREATED, false);
        var version = open(filed.id()).version();
        assertThatThrownBy(() -> workflow.recordOutcome(filed.id(), version, CustomerOutcome.WARNED, null))
                .isInstanceOf(ReviewException.class).extracting("messageKey").isEqualTo("review.outcome.wrongKind");
    }

    @Test
    @WithUserDetails("max")
    void aManagerSeesOnlyTheirOwnCheckInsAndMarksThemDone() {
        var before = checkIns.countMyOpen();
        var andrii = employee("Andrii Polishchuk");
        SystemAccess.runAs(() -> {
            var filed = fileAsSystem();
            var c = workflow.link(filed, workflow.open(filed).orElseThrow().version(), andrii);
            workflow.recogniseDignity(filed, c.version(), andrii);
        }, Role.HR);
        assertThat(checkIns.countMyOpen()).isEqualTo(before + 1);
        var task = checkIns.mine(PageRequest.of(0, 50)).getFirst();
        assertThat(task.doneAt()).isNull();
        checkIns.complete(task.id(), task.version());
        assertThat(checkIns.countMyOpen()).isEqualTo(before);
        assertThatThrownBy(() -> checkIns.complete(task.id(), task.version()))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    long fileAsSystem() {
        return file(ReportKind.STAFF_MISTREATED, false).id();
    }

    @Test
    @WithUserDetails("olena")
    void abuseAndPraiseOfATeamMemberCountAsEvidenceForTheirManagersSelfAssessmentUnlessDismissed() {
        clock.set(Instant.parse("2031-02-10T09:00:00Z"));
        var mariia = employee("Mariia Rudenko");
        var from = Instant.parse("2031-02-01T00:00:00Z");
        var to = Instant.parse("2031-03-01T00:00:00Z");
        var before = abuse.count(List.of(mariia), from, to);
        var praiseBefore = praise.count(List.of(mariia), from, to);
        var kept = file(ReportKind.STAFF_MISTREATED, false);
        workflow.link(kept.id(), open(kept.id()).version(), mariia);
        var dismissed = file(ReportKind.STAFF_MISTREATED, false);
        var c = workflow.link(dismissed.id(), open(dismissed.id()).version(), mariia);
        workflow.move(dismissed.id(), c.version(), CaseStatus.DISMISSED, "Not about our staff");
        var praised = file(ReportKind.PRAISE, false);
        workflow.link(praised.id(), open(praised.id()).version(), mariia);

        assertThat(abuse.count(List.of(mariia), from, to)).isEqualTo(before + 1);
        assertThat(abuse.count(List.of(mariia), to, to.plus(Duration.ofDays(30)))).isZero();
        assertThat(abuse.count(List.of(), from, to)).isZero();
        assertThat(abuse.labelKey()).isEqualTo("review.evidence.abuse");
        assertThat(praise.count(List.of(mariia), from, to)).as("the praise only").isEqualTo(praiseBefore + 1);
        assertThat(praise.labelKey()).isEqualTo("review.evidence.praise");
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
