package org.reciprocity.reporting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportStatusRepository extends JpaRepository<ReportStatusEntry, Long> {

    List<ReportStatusEntry> findByReportIdOrderByChangedAtAscIdAsc(long reportId);
}
