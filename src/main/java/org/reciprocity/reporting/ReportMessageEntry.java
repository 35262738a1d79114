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

/** A message about a report, from the reporter or from the company. */
@Entity
@Table(name = "report_message")
class ReportMessageEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "report_id", nullable = false)
    private long reportId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReportAuthor author = ReportAuthor.REPORTER;

    @Column(nullable = false, length = 4000)
    private String text = "";

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt = Instant.EPOCH;

    protected ReportMessageEntry() {
    }

    ReportMessageEntry(long reportId, ReportAuthor author, String text, Instant writtenAt) {
        this.reportId = reportId;
        this.author = author;
        this.text = text;
        this.writtenAt = writtenAt;
    }

    ReportMessage view() {
        return new ReportMessage(author, text, writtenAt);
    }
}
