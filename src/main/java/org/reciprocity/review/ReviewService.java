package org.reciprocity.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.reciprocity.people.Directory;
import org.reciprocity.people.EmployeeDetails;
import org.reciprocity.people.EmployeeRef;
import org.reciprocity.people.LocationRef;
import org.reciprocity.reporting.ReportDetails;
import org.reciprocity.reporting.ReportKind;
import org.reciprocity.reporting.ReportQuery;
import org.reciprocity.reporting.ReportService;
import org.reciprocity.reporting.ReportStatus;
import org.reciprocity.security.AccountService;
import org.reciprocity.security.CurrentUser;
import org.reciprocity.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * HR review: the queue of everything people told the company, the workflow with its deadlines, the people a
 * report concerns, internal notes, replies to the reporter, and an audit trail of all of it. HR changes cases;
 * admin may read them. Managers see only the check-ins HR asks of them.
 * <p>
 * The report itself belongs to {@code reporting}; every status change goes through
 * {@link ReportService#changeStatus} so that the reporter sees it with their receipt code.
 */
@Service
@Validated
public class ReviewService {

    static final int NOTE_MAX = 4000;
    static final int REASON_MAX = 1000;

    private final ReviewCaseRepository cases;
    private final AuditTrail audit;
    private final CheckInRepository checkIns;
    private final ReportService reports;
    private final Directory directory;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewService(ReviewCaseRepository cases, AuditTrail audit, CheckInRepository checkIns, ReportService reports,
                  Directory directory, AccountService accounts, CurrentUser currentUser,
                  ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.audit = audit;
        this.checkIns = checkIns;
        this.reports = reports;
        this.directory = directory;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- the queue

    /** HR's queue: the next deadline first unless the pageable sorts (by dueAt, filedAt, status, kind). */
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<CaseRow> queue(CaseQuery filter, Pageable pageable) {
        var now = clock.instant();
        var page = cases.queue(statusesOf(filter), filter.kind(), filter.locationId(), filter.assigneeEmployeeId(),
                filter.overdueOnly() ? now : null, withDefaultSort(pageable));
        var names = locationNames();
        var assignees = refs(page.stream().map(ReviewCase::getAssigneeEmployeeId).filter(Objects::nonNull).toList());
        return page.stream().map(c -> {
            var assignee = c.getAssigneeEmployeeId() == null ? null : assignees.get(c.getAssigneeEmployeeId());
            return new CaseRow(c.getReportId(), c.getKind(), c.getStatus(), names.getOrDefault(c.getLocationId(), ""),
                    c.getFiledAt(), c.getAcknowledgeBy(), c.getAnswerBy(), c.getDueAt(), isOverdue(c, now),
                    assignee == null ? null : assignee.fullName());
        }).toList();
    }

    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    @Transactional(readOnly = true)
    public long count(CaseQuery filter) {
        return cases.count(statusesOf(filter), filter.kind(), filter.locationId(), filter.assigneeEmployeeId(),
                filter.overdueOnly() ? clock.instant() : null);
    }

    /** Cases whose next deadline has passed. */
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    @Transactional(readOnly = true)
    public long countOverdue() {
        return cases.countByDueAtBefore(clock.instant());
    }

    /** Reports waiting for acknowledgement. */
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    @Transactional(readOnly = true)
    public long countWaiting() {
        return cases.countByStatus(ReportStatus.NEW);
    }

    /** The HR people a report can be assigned to, by name. */
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<EmployeeRef> hrPeople() {
        return directory.findAll(accounts.employeesWithRole(Role.HR)).stream()
                .map(ReviewService::ref)
                .sorted(java.util.Comparator.comparing(EmployeeRef::fullName))
                .toList();
    }

    // ---------------------------------------------------------------- one case

    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<CaseDetails> open(long reportId) {
        return cases.findById(reportId).flatMap(c -> reports.find(reportId).map(r -> details(c, r)));
    }

    /**
     * Moves the report along the workflow ({@link Workflow}); refused with {@link ReviewException} if the move
     * is not allowed now, with {@link OptimisticLockingFailureException} if the case changed since
     * {@code version}. DISMISSED needs a reason. PUBLISHED and FORWARDED tell the staff members' side by event.
     */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    public CaseDetails move(long reportId, long version, @NotNull ReportStatus to,
            @Nullable @Size(max = REASON_MAX, message = "{review.reason.length}") String reason) {
        var c = load(reportId, version);
        var report = report(reportId);
        if (!Workflow.next(c.getKind(), c.getStatus(), report.publicConsent(), !c.getLinkedEmployeeIds().isEmpty())
                .contains(to)) {
            throw new ReviewException(null, "review.move.refused");
        }
        var why = reason == null || reason.isBlank() ? null : reason.strip();
        if (to == ReportStatus.DISMISSED && why == null) {
            throw new ReviewException("reason", "review.reason.required");
        }
        var now = clock.instant();
        var from = c.getStatus();
        c.moveTo(to, now, why);
        reports.changeStatus(reportId, report.version(), to);
        write(reportId, AuditAction.STATUS, from.name(), to.name());
        if (why != null && to == ReportStatus.DISMISSED) {
            write(reportId, AuditAction.REASON, null, why);
        }
        var linked = List.copyOf(c.getLinkedEmployeeIds());
        if (to == ReportStatus.PUBLISHED) {
            events.publishEvent(new PraisePublished(reportId, linked, report.what(), report.locationId(), now));
        } else if (to == ReportStatus.FORWARDED) {
            var managers = directory.findAll(linked).stream().map(EmployeeDetails::manager).filter(Objects::nonNull)
                    .map(EmployeeRef::id).distinct().toList();
            events.publishEvent(new PraiseForwarded(reportId, linked, managers, report.what(), report.locationId(),
                    now));
        }
        return saved(c);
    }

    /** Assigns the report to an HR person, or to nobody ({@code null}). */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    public CaseDetails assign(long reportId, long version, @Nullable Long employeeId) {
        var c = load(reportId, version);
        if (employeeId != null && !accounts.employeesWithRole(Role.HR).contains(employeeId)) {
            throw new ReviewException("assignee", "review.assign.notHr");
        }
        if (!Objects.equals(c.getAssigneeEmployeeId(), employeeId)) {
            var before = nameOf(c.getAssigneeEmployeeId());
            c.assign(employeeId);
            write(reportId, AuditAction.ASSIGNED, before, nameOf(employeeId));
        }
        return saved(c);
    }

    /** Links the report to an employee it concerns (linking twice changes nothing). */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    public CaseDetails link(long reportId, long version, long employeeId) {
        var c = load(reportId, version);
        refuseWhenClosed(c);
        var employee = directory.find(employeeId)
                .orElseThrow(() -> new ReviewException("employee", "review.link.unknown"));
        if (c.link(employeeId)) {
            write(reportId, AuditAction.LINKED, null, employee.fullName());
        }
        return saved(c);
    }

    @PreAuthorize("hasRole('HR')")
    @Transactional
    public CaseDetails unlink(long reportId, long version, long employeeId) {
        var c = load(reportId, version);
        refuseWhenClosed(c);
        if (c.getDignityEmployeeIds().contains(employeeId)) {
            throw new ReviewException("employee", "review.unlink.recognised");
        }
        if (c.unlink(employeeId)) {
            write(reportId, AuditAction.UNLINKED, nameOf(employeeId), null);
        }
        return saved(c);
    }

    /** An internal note: HR reads it on the report; the reporter never sees it. */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    public CaseDetails note(long reportId,
            @NotBlank(message = "{review.note.required}") @Size(max = NOTE_MAX, message = "{review.note.length}") String text) {
        var c = cases.findById(reportId).orElseThrow(ReviewService::unknown);
        write(reportId, AuditAction.NOTE, null, text.strip());
        return details(c, report(reportId));
    }

    /** A reply the reporter reads on their status page (with the receipt code, or under "My reports"). */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    public CaseDetails reply(long reportId,
            @NotBlank(message = "{review.reply.required}") @Size(max = NOTE_MAX, message = "{review.reply.length}") String text) {
        var c = cases.findById(reportId).orElseThrow(ReviewService::unknown);
        reports.reply(reportId, text.strip());
        c.replied(clock.instant());
        write(reportId, AuditAction.REPLY, null, text.strip());
        return saved(c);
    }

    /** STAFF_MISTREATED: what the company did towards the customer. */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    public CaseDetails recordOutcome(long reportId, long version, @NotNull CustomerOutcome outcome,
            @Nullable @Size(max = REASON_MAX, message = "{review.outcome.note.length}") String note) {
        var c = load(reportId, version);
        refuseUnlessStaffMistreated(c);
        var text = note == null || note.isBlank() ? null : note.strip();
        if (outcome == CustomerOutcome.OTHER && text == null) {
            throw new ReviewException("outcomeNote", "review.outcome.note.required");
        }
        var before = c.getOutcome() == null ? null : describe(c.getOutcome(), c.getOutcomeNote());
        c.recordOutcome(outcome, text);
        write(reportId, AuditAction.OUTCOME, before, describe(outcome, text));
        return saved(c);
    }

    /**
     * STAFF_MISTREATED: a linked staff member kept their dignity. Publishes {@link DignityRecognised} and asks
     * their manager to check in with them. Once per staff member and report.
     */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    public CaseDetails recogniseDignity(long reportId, long version, long employeeId) {
        var c = load(reportId, version);
        refuseUnlessStaffMistreated(c);
        if (!c.getLinkedEmployeeIds().contains(employeeId)) {
            throw new ReviewException("employee", "review.dignity.notLinked");
        }
        if (!c.recogniseDignity(employeeId)) {
            throw new ReviewException("employee", "review.dignity.already");
        }
        var now = clock.instant();
        var employee = directory.find(employeeId).orElseThrow(() -> new ReviewException("employee", "review.link.unknown"));
        var manager = employee.manager();
        write(reportId, AuditAction.DIGNITY, null, employee.fullName()
                + (manager == null ? "" : " → " + manager.fullName()));
        if (manager != null) {
            checkIns.save(new CheckIn(reportId, employeeId, manager.id(), now));
        }
        events.publishEvent(new DignityRecognised(reportId, employeeId, now));
        return saved(c);
    }

    // ---------------------------------------------------------------- managers' check-ins

    /** The check-ins HR asked of the signed-in manager, open ones first, newest first. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public List<CheckInTask> myCheckIns(Pageable pageable) {
        var me = currentUser.require().employeeId();
        if (me == null) {
            return List.of();
        }
        var sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.asc("doneAt").nullsFirst(), Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
        var page = checkIns.findByManagerEmployeeId(me, sorted);
        var people = refs(page.stream().map(CheckIn::getEmployeeId).toList());
        var names = locationNames();
        var incidents = cases.findAllById(page.stream().map(CheckIn::getReportId).toList()).stream()
                .collect(Collectors.toMap(ReviewCase::getReportId, Function.identity()));
        return page.stream().map(ci -> {
            var incident = incidents.get(ci.getReportId());
            var person = people.get(ci.getEmployeeId());
            return new CheckInTask(ci.getId(), ci.getVersion(), ci.getEmployeeId(),
                    person == null ? "" : person.fullName(),
                    incident == null ? "" : names.getOrDefault(incident.getLocationId(), ""),
                    incident == null ? ci.getCreatedAt() : incident.getFiledAt(), ci.getCreatedAt(), ci.getDoneAt());
        }).toList();
    }

    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public long countMyCheckIns() {
        var me = currentUser.require().employeeId();
        return me == null ? 0 : checkIns.countByManagerEmployeeId(me);
    }

    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public long countMyOpenCheckIns() {
        var me = currentUser.require().employeeId();
        return me == null ? 0 : checkIns.countByManagerEmployeeIdAndDoneAtIsNull(me);
    }

    /** The manager talked with their staff member. Only their own check-ins. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public void completeCheckIn(long id, long version) {
        var me = currentUser.require().employeeId();
        var checkIn = checkIns.findById(id).filter(ci -> Objects.equals(ci.getManagerEmployeeId(), me))
                .orElseThrow(() -> new ReviewException(null, "review.checkIn.unknown"));
        if (checkIn.getVersion() != version) {
            throw new OptimisticLockingFailureException("Check-in " + id + " changed meanwhile");
        }
        checkIn.done(clock.instant());
        checkIns.saveAndFlush(checkIn);
    }

    // ---------------------------------------------------------------- cases follow the reports

    /**
     * Opens a case for every report that has none yet (filed before review existed, or saved without an event);
     * returns how many. Cases are keyed by report id and reports are never deleted, so equal counts mean nothing
     * is missing: the usual start-up then costs two counts instead of a walk over every report.
     */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    public int openMissingCases() {
        if (cases.count() >= reports.count(ReportQuery.ALL)) {
            return 0;
        }
        var opened = 0;
        var size = 200;
        for (var page = 0; ; page++) {
            var batch = reports.queue(ReportQuery.ALL, PageRequest.of(page, size, Sort.by("id")));
            var known = new HashSet<>(cases.findAllById(batch.stream().map(r -> r.id()).toList()).stream()
                    .map(ReviewCase::getReportId).toList());
            for (var r : batch) {
                if (!known.contains(r.id())) {
                    var c = new ReviewCase(r.id(), r.kind(), r.status(), r.locationId(), r.filedAt(),
                            reports.deadlines());
                    if (r.firstReplyAt() != null) {
                        c.replied(r.firstReplyAt());
                    }
                    cases.save(c);
                    opened++;
                }
            }
            if (batch.size() < size) {
                return opened;
            }
        }
    }

    /** A new report: its case, with the deadlines promised to the reporter. Called by {@link ReportEvents}. */
    void opened(long reportId, ReportKind kind, long locationId, Instant filedAt) {
        if (!cases.existsById(reportId)) {
            cases.save(new ReviewCase(reportId, kind, ReportStatus.NEW, locationId, filedAt, reports.deadlines()));
        }
    }

    /** A status set outside review: mirrored. Called by {@link ReportEvents}. */
    void statusChanged(long reportId, ReportStatus to) {
        cases.findById(reportId).ifPresent(c -> c.mirror(to, clock.instant()));
    }

    // ---------------------------------------------------------------- helpers

    private ReviewCase load(long reportId, long version) {
        var c = cases.findById(reportId).orElseThrow(ReviewService::unknown);
        if (c.getVersion() != version) {
            throw new OptimisticLockingFailureException("Case " + reportId + " changed meanwhile");
        }
        return c;
    }

    private ReportDetails report(long reportId) {
        return reports.find(reportId).orElseThrow(ReviewService::unknown);
    }

    private CaseDetails saved(ReviewCase c) {
        var flushed = cases.saveAndFlush(c);
        return details(flushed, report(c.getReportId()));
    }

    private CaseDetails details(ReviewCase c, ReportDetails r) {
        var hr = signedInAsHr();
        var ids = new ArrayList<Long>(c.getLinkedEmployeeIds());
        if (c.getAssigneeEmployeeId() != null) {
            ids.add(c.getAssigneeEmployeeId());
        }
        if (hr && r.reporterEmployeeId() != null) {
            ids.add(r.reporterEmployeeId());
        }
        var people = refs(ids);
        var linked = c.getLinkedEmployeeIds().stream().map(people::get).filter(Objects::nonNull)
                .sorted(java.util.Comparator.comparing(EmployeeRef::fullName)).toList();
        var reporter = hr && r.reporterEmployeeId() != null ? people.get(r.reporterEmployeeId()) : null;
        var next = hr ? Workflow.next(c.getKind(), c.getStatus(), r.publicConsent(), !linked.isEmpty())
                : EnumSet.noneOf(ReportStatus.class);
        return new CaseDetails(r, c.getVersion(), c.getStatus(), c.getAcknowledgeBy(), c.getAnswerBy(),
                c.getAcknowledgedAt(), c.getAnsweredAt(), c.getClosedAt(), c.getDueAt(),
                isOverdue(c, clock.instant()),
                c.getAssigneeEmployeeId() == null ? null : people.get(c.getAssigneeEmployeeId()), linked,
                reporter == null ? null : reporter.fullName(), c.getOutcome(), c.getOutcomeNote(),
                c.getDismissReason(), Set.copyOf(c.getDignityEmployeeIds()), next, hr,
                audit.findByReportIdOrderByHappenedAtAscIdAsc(c.getReportId()).stream().map(AuditEntry::view)
                        .toList());
    }

    private static boolean signedInAsHr() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> ("ROLE_" + Role.HR.name()).equals(a.getAuthority()));
    }

    private void write(long reportId, AuditAction action, @Nullable String before, @Nullable String after) {
        var user = currentUser.get();
        audit.save(new AuditEntry(reportId, clock.instant(), user.map(u -> u.accountId()).orElse(null),
                user.map(u -> u.displayName()).orElse("System"), action, before, after));
    }

    private @Nullable String nameOf(@Nullable Long employeeId) {
        return employeeId == null ? null : directory.find(employeeId).map(EmployeeDetails::fullName).orElse("#" + employeeId);
    }

    private Map<Long, EmployeeRef> refs(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return directory.findAll(new HashSet<>(ids)).stream().map(ReviewService::ref)
                .collect(Collectors.toMap(EmployeeRef::id, Function.identity()));
    }

    private static EmployeeRef ref(EmployeeDetails e) {
        return new EmployeeRef(e.id(), e.fullName(), e.jobTitle());
    }

    private static String describe(CustomerOutcome outcome, @Nullable String note) {
        return note == null ? outcome.name() : outcome.name() + ": " + note;
    }

    private static void refuseWhenClosed(ReviewCase c) {
        if (Workflow.isClosed(c.getStatus())) {
            throw new ReviewException(null, "review.closed");
        }
    }

    private static void refuseUnlessStaffMistreated(ReviewCase c) {
        if (c.getKind() != ReportKind.STAFF_MISTREATED) {
            throw new ReviewException(null, "review.outcome.wrongKind");
        }
        if (c.getStatus() == ReportStatus.DISMISSED) {
            throw new ReviewException(null, "review.closed");
        }
    }

    private static boolean isOverdue(ReviewCase c, Instant now) {
        return c.getDueAt() != null && c.getDueAt().isBefore(now);
    }

    private static ReviewException unknown() {
        return new ReviewException(null, "review.unknown");
    }

    private Map<Long, String> locationNames() {
        return directory.locations().stream().collect(Collectors.toMap(LocationRef::id, LocationRef::name));
    }

    private static Collection<ReportStatus> statusesOf(CaseQuery filter) {
        return filter.statuses().isEmpty() ? EnumSet.allOf(ReportStatus.class) : EnumSet.copyOf(filter.statuses());
    }

    private static Pageable withDefaultSort(Pageable pageable) {
        if (pageable.getSort().isSorted()) {
            return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                    Sort.by(pageable.getSort().stream().map(o -> o.nullsLast()).toList()).and(Sort.by("reportId")));
        }
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.asc("dueAt").nullsLast(), Sort.Order.asc("filedAt"), Sort.Order.asc("reportId")));
    }
}
