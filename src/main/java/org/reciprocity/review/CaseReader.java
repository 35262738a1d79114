package org.reciprocity.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.reciprocity.people.Directory;
import org.reciprocity.people.EmployeeDetails;
import org.reciprocity.people.EmployeeRef;
import org.reciprocity.reporting.ReportDetails;
import org.reciprocity.reporting.ReportInbox;
import org.reciprocity.security.AccountService;
import org.reciprocity.security.CurrentUser;
import org.reciprocity.security.Role;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/** Builds the read models of review's services from a case, its report and the directory. */
@Component
class CaseReader {

    private final ReviewCaseRepository cases;
    private final AuditTrail audit;
    private final ReportInbox inbox;
    private final Directory directory;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    CaseReader(ReviewCaseRepository cases, AuditTrail audit, ReportInbox inbox, Directory directory,
               AccountService accounts, CurrentUser currentUser, Clock clock) {
        this.cases = cases;
        this.audit = audit;
        this.inbox = inbox;
        this.directory = directory;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    ReportDetails report(long reportId) {
        return inbox.find(reportId).orElseThrow(CaseReader::unknown);
    }

    CaseDetails details(ReviewCase c) {
        var r = report(c.getReportId());
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
                .sorted(Comparator.comparing(EmployeeRef::fullName)).toList();
        var reporter = hr && r.reporterEmployeeId() != null ? people.get(r.reporterEmployeeId()) : null;
        return new CaseDetails(r, c.getVersion(), c.getStatus(), c.getAcknowledgeBy(), c.getAnswerBy(),
                c.getAcknowledgedAt(), c.getAnsweredAt(), c.getClosedAt(), c.getDueAt(),
                isOverdue(c, clock.instant()),
                c.getAssigneeEmployeeId() == null ? null : people.get(c.getAssigneeEmployeeId()), linked,
                reporter == null ? null : reporter.fullName(), c.getOutcome(), c.getOutcomeNote(),
                c.getDismissReason(), Set.copyOf(c.getDignityEmployeeIds()),
                audit.findByReportIdOrderByHappenedAtAscIdAsc(c.getReportId()).stream().map(AuditEntry::view)
                        .toList(),
                hr ? Workflow.actions(c, r.publicConsent(), myHrEmployeeId()) : CaseActions.READ_ONLY);
    }

    private boolean signedInAsHr() {
        return currentUser.get().map(u -> u.hasRole(Role.HR)).orElse(false);
    }

    /** The signed-in HR person's employee id, when they are one of the HR people cases can be assigned to. */
    private @Nullable Long myHrEmployeeId() {
        var me = currentUser.get().map(u -> u.employeeId()).orElse(null);
        return me != null && accounts.employeesWithRole(Role.HR).contains(me) ? me : null;
    }

    ReviewCase load(long reportId, long version) {
        var c = cases.findById(reportId).orElseThrow(CaseReader::unknown);
        if (c.getVersion() != version) {
            throw new OptimisticLockingFailureException("Case " + reportId + " changed meanwhile");
        }
        return c;
    }

    @Nullable String nameOf(@Nullable Long employeeId) {
        return employeeId == null ? null
                : directory.find(employeeId).map(EmployeeDetails::fullName).orElse("#" + employeeId);
    }

    Map<Long, EmployeeRef> refs(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return directory.findAll(new HashSet<>(ids)).stream().map(CaseReader::ref)
                .collect(Collectors.toMap(EmployeeRef::id, Function.identity()));
    }

    static EmployeeRef ref(EmployeeDetails e) {
        return new EmployeeRef(e.id(), e.fullName(), e.jobTitle());
    }

    Map<Long, String> locationNames() {
        return directory.locationNames();
    }

    static boolean isOverdue(ReviewCase c, Instant now) {
        return c.getDueAt() != null && c.getDueAt().isBefore(now);
    }

    static ReviewException unknown() {
        return new ReviewException(null, "review.unknown");
    }
}
