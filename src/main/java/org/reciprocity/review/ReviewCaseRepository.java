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

    String QUEUE = """
            from ReviewCase c
            where c.status in :statuses
              and (:kind is null or c.kind = :kind)
              and (:locationId is null or c.locationId = :locationId)
              and (:assignee is null or c.assigneeEmployeeId = :assignee)
              and (:overdueAt is null or c.dueAt < :overdueAt)
            """;

    @Query("select c " + QUEUE)
    List<ReviewCase> queue(Collection<CaseStatus> statuses, @Nullable ReportKind kind, @Nullable Long locationId,
                           @Nullable Long assignee, @Nullable Instant overdueAt, Pageable pageable);

    @Query("select count(c) " + QUEUE)
    long count(Collection<CaseStatus> statuses, @Nullable ReportKind kind, @Nullable Long locationId,
               @Nullable Long assignee, @Nullable Instant overdueAt);

    long countByStatus(CaseStatus status);

    @Query("""
            select count(distinct c) from ReviewCase c join c.linkedEmployeeIds e
            where c.kind = :kind and c.status <> :except and e in :employeeIds
              and c.filedAt >= :from and c.filedAt < :to
            """)
    long countLinked(ReportKind kind, CaseStatus except, Collection<Long> employeeIds, Instant from, Instant to);

    long countByDueAtBefore(Instant now);
}
