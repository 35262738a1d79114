package org.reciprocity.review;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.reciprocity.people.Directory;
import org.reciprocity.people.EmployeeRef;
import org.reciprocity.security.AccountService;
import org.reciprocity.security.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** HR's queue of every case: filtered, sorted by the next deadline, with the counts the navigation shows. */
@Service
public class ReviewQueue implements CaseFigures {

    private final ReviewCaseRepository cases;
    private final CaseReader reader;
    private final Directory directory;
    private final AccountService accounts;
    private final Clock clock;

    ReviewQueue(ReviewCaseRepository cases, CaseReader reader, Directory directory, AccountService accounts,
                Clock clock) {
        this.cases = cases;
        this.reader = reader;
        this.directory = directory;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The queue: the next deadline first unless the pageable sorts (by dueAt, filedAt, status, kind). */
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<CaseRow> queue(CaseQuery filter, Pageable pageable) {
        var now = clock.instant();
        var page = cases.queue(statusesOf(filter), filter.kind(), filter.locationId(), filter.assigneeEmployeeId(),
                filter.overdueOnly(), now, withDefaultSort(pageable));
        var names = reader.locationNames();
        var assignees = reader.refs(page.stream().map(ReviewCase::getAssigneeEmployeeId).filter(Objects::nonNull)
                .toList());
        return page.stream().map(c -> {
            var assignee = c.getAssigneeEmployeeId() == null ? null : assignees.get(c.getAssigneeEmployeeId());
            return new CaseRow(c.getReportId(), c.getKind(), c.getStatus(), names.getOrDefault(c.getLocationId(), ""),
                    c.getFiledAt(), c.getAcknowledgeBy(), c.getAnswerBy(), c.getDueAt(),
                    CaseReader.isOverdue(c, now), assignee == null ? null : assignee.fullName());
        }).toList();
    }

    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    @Transactional(readOnly = true)
    public long count(CaseQuery filter) {
        return cases.count(statusesOf(filter), filter.kind(), filter.locationId(), filter.assigneeEmployeeId(),
                filter.overdueOnly(), clock.instant());
    }

    /** Cases whose next deadline has passed. */
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    @Transactional(readOnly = true)
    public long countOverdue() {
        return overdueNow();
    }

    /** The one overdue rule for counting: the queue's badge and the operations gauge alike. */
    @Override
    @Transactional(readOnly = true)
    public long overdueNow() {
        return cases.countByDueAtBefore(clock.instant());
    }

    /** Reports waiting for acknowledgement. */
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    @Transactional(readOnly = true)
    public long countWaiting() {
        return cases.countByStatus(CaseStatus.NEW);
    }

    /** The HR people a report can be assigned to, by name. */
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<EmployeeRef> hrPeople() {
        return directory.findAll(accounts.employeesWithRole(Role.HR)).stream()
                .map(CaseReader::ref)
                .sorted(Comparator.comparing(EmployeeRef::fullName))
                .toList();
    }

    private static Collection<CaseStatus> statusesOf(CaseQuery filter) {
        return filter.statuses().isEmpty() ? EnumSet.allOf(CaseStatus.class) : EnumSet.copyOf(filter.statuses());
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
