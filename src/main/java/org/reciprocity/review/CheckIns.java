package org.reciprocity.review;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reciprocity.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managers' check-ins: after a staff member kept their dignity with an abusive customer, HR asks their manager to
 * talk with them. Each manager sees and completes only their own.
 */
@Service
public class CheckIns {

    private final CheckInRepository checkIns;
    private final ReviewCaseRepository cases;
    private final CaseReader reader;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CheckIns(CheckInRepository checkIns, ReviewCaseRepository cases, CaseReader reader, CurrentUser currentUser,
             ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.checkIns = checkIns;
        this.cases = cases;
        this.reader = reader;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The check-ins HR asked of the signed-in manager, open ones first, newest first. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public List<CheckInTask> mine(Pageable pageable) {
        var me = currentUser.require().employeeId();
        if (me == null) {
            return List.of();
        }
        var sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.asc("doneAt").nullsFirst(), Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
        var page = checkIns.findByManagerEmployeeId(me, sorted);
        var people = reader.refs(page.stream().map(CheckIn::getEmployeeId).toList());
        var names = reader.locationNames();
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
    public long countMine() {
        var me = currentUser.require().employeeId();
        return me == null ? 0 : checkIns.countByManagerEmployeeId(me);
    }

    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public long countMyOpen() {
        var me = currentUser.require().employeeId();
        return me == null ? 0 : checkIns.countByManagerEmployeeIdAndDoneAtIsNull(me);
    }

    /** The manager talked with their staff member. Only their own check-ins. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public void complete(long id, long version) {
        var me = currentUser.require().employeeId();
        var checkIn = checkIns.findById(id).filter(ci -> Objects.equals(ci.getManagerEmployeeId(), me))
                .orElseThrow(() -> new ReviewException(null, "review.checkIn.unknown"));
        if (checkIn.getVersion() != version) {
            throw new OptimisticLockingFailureException("Check-in " + id + " changed meanwhile");
        }
        checkIn.done(clock.instant());
        checkIns.saveAndFlush(checkIn);
    }

    /**
     * HR asks {@code managerId} to check in with {@code employeeId} about the case, and the manager hears of it
     * ({@link CheckInRequested}). Called by the workflow, in its transaction.
     */
    void ask(long reportId, long employeeId, long managerId, Instant at) {
        var checkIn = checkIns.save(new CheckIn(reportId, employeeId, managerId, at));
        events.publishEvent(new CheckInRequested(checkIn.getId(), reportId, managerId, employeeId, at));
    }
}
