package org.reciprocity.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One step of the status history its reporter reads. */
@Entity
@Table(name = "report_status_change")
class ReportStatusEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "report_id", nullable = false)
    private long reportId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ReportStatus status = ReportStatus.RECEIVED;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt = Instant.EPOCH;

    protected ReportStatusEntry() {
    }

    ReportStatusEntry(long reportId, ReportStatus status, Instant changedAt) {
        this.reportId = reportId;
        this.status = status;
        this.changedAt = changedAt;
    }

    StatusChange view() {
        return new StatusChange(status, changedAt);
    }
}
