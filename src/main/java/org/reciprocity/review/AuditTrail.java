package org.reciprocity.review;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append-only on purpose: there is no method to update or delete a line. */
interface AuditTrail extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    List<AuditEntry> findByReportIdOrderByHappenedAtAscIdAsc(long reportId);

    long countByReportId(long reportId);

    long count();
}
