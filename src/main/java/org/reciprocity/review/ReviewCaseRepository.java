package org.reciprocity.review;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.reciprocity.reporting.ReportKind;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
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
}
