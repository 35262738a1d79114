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

    List<Report> findByReporterEmployeeId(long reporterEmployeeId, Pageable pageable);

    long countByReporterEmployeeId(long reporterEmployeeId);
}
