package org.reciprocity.review;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.reciprocity.reporting.ReportKind;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ReviewCaseRepository extends JpaRepository<ReviewCase, Long> {

    /*
     * Every filter a typed parameter, also when unused: PostgreSQL cannot tell the type of a null timestamp in
     * ":p is null" ("could not determine data type of parameter"), so "overdue only" is a flag beside a real now.
     */
    String QUEUE = """
            from ReviewCase c
            where c.status in :statuses
              and (:kind is null or c.kind = :kind)
              and (:locationId is null or c.locationId = :locationId)
              and (:assignee is null or c.assigneeEmployeeId = :assignee)
              and (:overdueOnly = false or c.dueAt < :now)
            """;

    @Query("select c " + QUEUE)
    List<ReviewCase> queue(Collection<CaseStatus> statuses, @Nullable ReportKind kind, @Nullable Long locationId,
                           @Nullable Long assignee, boolean overdueOnly, Instant now, Pageable pageable);

    @Query("select count(c) " + QUEUE)
    long count(Collection<CaseStatus> statuses, @Nullable ReportKind kind, @Nullable Long locationId,
               @Nullable Long assignee, boolean overdueOnly, Instant now);

    long countByStatus(CaseStatus status);

    @Query("""
            select count(distinct c) from ReviewCase c join c.linkedEmployeeIds e
            where c.kind = :kind and c.status <> :except and e in :employeeIds
              and c.filedAt >= :from and c.filedAt < :to
            """)
    long countLinked(ReportKind kind, CaseStatus except, Collection<Long> employeeIds, Instant from, Instant to);

    long countByDueAtBefore(Instant now);

    /*
     * The deadline reminders still to announce, oldest deadline first, a page at a time. The reason a case would be
     * reminded of now is worked out here as DeadlineWatch.reasonOf does, so that a case already reminded for its
     * current deadline and stage is not in the page (else a page of them would hide the rest forever). Uses
     * review_case_due_ix and the primary key of review_reminder.
     */
    @Query(nativeQuery = true, value = """
            select c.* from review_case c
            where c.due_at is not null and c.due_at <= :horizon and c.closed_at is null
              and not exists (select 1 from review_reminder r
                              where r.report_id = c.report_id and r.due_at = c.due_at
                                and r.reason = case when c.status = 'NEW' then 'ACKNOWLEDGE' else 'ANSWER' end
                                               || case when c.due_at <= :now then '_OVERDUE' else '_DUE_SOON' end)
            order by c.due_at, c.report_id
            limit :size""")
    List<ReviewCase> dueForReminder(Instant now, Instant horizon, int size);

    /** Fails on the primary key if this reminder was announced already: the run's transaction then sends nothing. */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into review_reminder (report_id, reason, due_at, sent_at) values (:reportId, :reason, :dueAt, :sentAt)""")
    void remembered(long reportId, String reason, Instant dueAt, Instant sentAt);
}
