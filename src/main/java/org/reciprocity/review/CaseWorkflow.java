package org.reciprocity.review;

import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.reciprocity.people.Directory;
import org.reciprocity.people.EmployeeDetails;
import org.reciprocity.people.EmployeeRef;
import org.reciprocity.reporting.InboxStep;
import org.reciprocity.reporting.ReportInbox;
import org.reciprocity.reporting.ReportKind;
import org.reciprocity.reporting.ReportService;
import org.reciprocity.security.AccountService;
import org.reciprocity.security.CurrentUser;
import org.reciprocity.security.Role;
import org.reciprocity.security.SecurityEventKind;
import org.reciprocity.security.SecurityLog;
import org.reciprocity.shared.PlainText;
import org.reciprocity.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * HR works one case: moves it along the workflow ({@link Workflow}), assigns it, links the people it concerns,
 * writes internal notes and replies to the reporter; every change is in the audit trail. Each step the reporter may
 * see is recorded in their inbox ({@link ReportInbox#record}) in the same transaction. HR changes cases; admin may
 * read them. Changes that carry a {@code version} are refused with {@link OptimisticLockingFailureException} if
 * the case changed since; rules are refused with {@link ReviewException}.
 */
@Service
@Validated
public class CaseWorkflow {

    public static final int NOTE_MAX = 4000;
    public static final int REPLY_MAX = ReportService.MESSAGE_MAX;
    public static final int REASON_MAX = 1000;

    private final ReviewCaseRepository cases;
    private final CaseReader reader;
    private final AuditTrail audit;
    private final CheckIns checkIns;
    private final ReportInbox inbox;
    private final Directory directory;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecurityLog securityLog;

    CaseWorkflow(ReviewCaseRepository cases, CaseReader reader, AuditTrail audit, CheckIns checkIns,
                 ReportInbox inbox, Directory directory, AccountService accounts, CurrentUser currentUser,
                 ApplicationEventPublisher events, Clock clock, SecurityLog securityLog) {
        this.securityLog = securityLog;
        this.cases = cases;
        this.reader = reader;
        this.audit = audit;
        this.checkIns = checkIns;
        this.inbox = inbox;
        this.directory = directory;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<CaseDetails> open(long reportId) {
        var details = cases.findById(reportId).map(reader::details);
        details.filter(d -> d.reporterName() != null || d.report().contactEmail() != null)
                .ifPresent(d -> securityLog.recordOnce(SecurityEventKind.REPORTER_IDENTITY_SHOWN, null,
                        "report " + reportId + (d.reporterName() != null ? ", named reporter" : ", contact e-mail"),
                        IDENTITY_LOOK));
        return details;
    }

    /** Opening one case again within this time (after each step, on reload) is the same look at its reporter. */
    private static final java.time.Duration IDENTITY_LOOK = java.time.Duration.ofHours(1);

    /**
     * Moves the case to {@code to} if the workflow allows it now; DISMISSED and UNPUBLISHED need a reason (for the
     * trail, never shown to the reporter). The reporter sees the new status; PUBLISHED, FORWARDED and UNPUBLISHED tell
     * the staff members' side by event.
     */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    public CaseDetails move(long reportId, long version, @NotNull CaseStatus to,
            @PlainText(max = REASON_MAX, multiline = true, message = "{review.reason.length}") @Nullable String reason) {
        var c = reader.load(reportId, version);
        var report = reader.report(reportId);
        if (!Workflow.next(c.getKind(), c.getStatus(), report.publicConsent(), !c.getLinkedEmployeeIds().isEmpty())
                .contains(to)) {
            throw new ReviewException(null, to == CaseStatus.UNPUBLISHED ? "review.unpublish.notPublished"
                    : "review.move.refused");
        }
        var why = Text.linesOrNull(reason);
        var reasoned = to == CaseStatus.DISMISSED || to == CaseStatus.UNPUBLISHED;
        if (reasoned && why == null) {
            throw new ReviewException("reason", to == CaseStatus.UNPUBLISHED ? "review.unpublish.reason.required"
                    : "review.reason.required");
        }
        var now = clock.instant();
        var from = c.getStatus();
        c.moveTo(to, now, why);
        inbox.record(InboxStep.status(reportId, to.shownToReporter()));
        write(reportId, AuditAction.STATUS, from.name(), to.name());
        if (why != null && reasoned) {
            write(reportId, AuditAction.REASON, null, why);
        }
        var linked = List.copyOf(c.getLinkedEmployeeIds());
        if (to == CaseStatus.PUBLISHED) {
            events.publishEvent(new PraisePublished(reportId, linked, report.what(), report.locationId(), now));
        } else if (to == CaseStatus.FORWARDED) {
            var managers = directory.findAll(linked).stream().map(EmployeeDetails::manager).filter(Objects::nonNull)
                    .map(EmployeeRef::id).distinct().toList();
            events.publishEvent(new PraiseForwarded(reportId, linked, managers, report.what(), report.locationId(),
                    now));
        } else if (to == CaseStatus.UNPUBLISHED) {
            events.publishEvent(new PraiseUnpublished(reportId, now));
        }
        return saved(c);
    }

    /** Assigns the case to an HR person, or to nobody ({@code null}). */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    public CaseDetails assign(long reportId, long version, @Nullable Long employeeId) {
        var c = reader.load(reportId, version);
        if (employeeId != null && !accounts.employeesWithRole(Role.HR).contains(employeeId)) {
            throw new ReviewException("assignee", "review.assign.notHr");
        }
        if (!Objects.equals(c.getAssigneeEmployeeId(), employeeId)) {
            var before = reader.nameOf(c.getAssigneeEmployeeId());
            c.assign(employeeId);
            write(reportId, AuditAction.ASSIGNED, before, reader.nameOf(employeeId));
        }
        return saved(c);
    }

    /** Links the case to an employee it concerns (linking twice changes nothing). */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    public CaseDetails link(long reportId, long version, long employeeId) {
        var c = reader.load(reportId, version);
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
        var c = reader.load(reportId, version);
        refuseWhenClosed(c);
        if (c.getDignityEmployeeIds().contains(employeeId)) {
            throw new ReviewException("employee", "review.unlink.recognised");
        }
        if (c.unlink(employeeId)) {
            write(reportId, AuditAction.UNLINKED, reader.nameOf(employeeId), null);
        }
        return saved(c);
    }

    /** An internal note: HR reads it on the case; the reporter never sees it. */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    public CaseDetails note(long reportId,
            @PlainText(max = NOTE_MAX, multiline = true, required = "{review.note.required}",
                    message = "{review.note.length}") String text) {
        var c = cases.findById(reportId).orElseThrow(CaseReader::unknown);
        write(reportId, AuditAction.NOTE, null, Text.lines(text));
        return reader.details(c);
    }

    /** A reply the reporter reads on their status page (with the receipt code, or under "My reports"). */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    public CaseDetails reply(long reportId,
            @PlainText(max = REPLY_MAX, multiline = true, required = "{review.reply.required}",
                    message = "{review.reply.length}") String text) {
        var c = cases.findById(reportId).orElseThrow(CaseReader::unknown);
        var reply = Text.lines(text);
        inbox.record(InboxStep.reply(reportId, reply));
        c.replied(clock.instant());
        write(reportId, AuditAction.REPLY, null, reply);
        return saved(c);
    }

    /** STAFF_MISTREATED: what the company did towards the customer. */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    public CaseDetails recordOutcome(long reportId, long version,
            @NotNull(message = "{review.outcome.required}") CustomerOutcome outcome,
            @PlainText(max = REASON_MAX, multiline = true, message = "{review.outcome.note.length}") @Nullable String note) {
        var c = reader.load(reportId, version);
        refuseUnlessOutcomeAllowed(c);
        var text = Text.linesOrNull(note);
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
        var c = reader.load(reportId, version);
        refuseUnlessOutcomeAllowed(c);
        if (!c.getLinkedEmployeeIds().contains(employeeId)) {
            throw new ReviewException("employee", "review.dignity.notLinked");
        }
        if (!c.recogniseDignity(employeeId)) {
            throw new ReviewException("employee", "review.dignity.already");
        }
        var now = clock.instant();
        var employee = directory.find(employeeId)
                .orElseThrow(() -> new ReviewException("employee", "review.link.unknown"));
        var manager = employee.manager();
        write(reportId, AuditAction.DIGNITY, null, employee.fullName()
                + (manager == null ? "" : " → " + manager.fullName()));
        if (manager != null) {
            checkIns.ask(reportId, employeeId, manager.id(), now);
        }
        events.publishEvent(new DignityRecognised(reportId, employeeId, now));
        return saved(c);
    }

    private CaseDetails saved(ReviewCase c) {
        return reader.details(cases.saveAndFlush(c));
    }

    private void write(long reportId, AuditAction action, @Nullable String before, @Nullable String after) {
        var user = currentUser.get();
        audit.save(new AuditEntry(reportId, clock.instant(), user.map(u -> u.accountId()).orElse(null),
                user.map(u -> u.displayName()).orElse("System"), action, before, after));
    }

    private static String describe(CustomerOutcome outcome, @Nullable String note) {
        return note == null ? outcome.name() : outcome.name() + ": " + note;
    }

    private static void refuseWhenClosed(ReviewCase c) {
        if (Workflow.isClosed(c.getStatus())) {
            throw new ReviewException(null, "review.closed");
        }
    }

    private static void refuseUnlessOutcomeAllowed(ReviewCase c) {
        if (c.getKind() != ReportKind.STAFF_MISTREATED) {
            throw new ReviewException(null, "review.outcome.wrongKind");
        }
        if (!Workflow.canRecordOutcome(c)) {
            throw new ReviewException(null, "review.closed");
        }
    }
}
