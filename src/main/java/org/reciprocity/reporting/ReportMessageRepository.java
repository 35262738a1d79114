package org.reciprocity.reporting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportMessageRepository extends JpaRepository<ReportMessageEntry, Long> {

    List<ReportMessageEntry> findByReportIdOrderByWrittenAtAscIdAsc(long reportId);
}
