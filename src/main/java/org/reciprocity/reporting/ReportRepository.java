package org.reciprocity.reporting;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportRepository extends JpaRepository<Report, Long> {

    Optional<Report> findByCodeHash(String codeHash);

    String QUEUE = """
            from Report r
            where r.status in :statuses
              and (:kind is null or r.kind = :kind)
              and (:locationId is null or r.locationId = :locationId)
              and (cast(:filedFrom as Instant) is null or r.filedAt >= :filedFrom)
              and (cast(:filedTo as Instant) is null or r.filedAt < :filedTo)
            """;

    @Query("select r " + QUEUE)
    List<Report> queue(Collection<ReportStatus> statuses, @Nullable ReportKind kind, @Nullable Long locationId,
                       @Nullable Instant filedFrom, @Nullable Instant filedTo, Pageable pageable);

    @Query("select count(r) " + QUEUE)
    long count(Collection<ReportStatus> statuses, @Nullable ReportKind kind, @Nullable Long locationId,
               @Nullable Instant filedFrom, @Nullable Instant filedTo);

    List<Report> findByReporterEmployeeId(long reporterEmployeeId, Pageable pageable);

    long countByReporterEmployeeId(long reporterEmployeeId);
}
