package org.reciprocity.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A report as told, with the status its reporter was last shown (HR's case, in review, owns the workflow). Holds the hash of its receipt code, never the code; for an anonymous report nothing about who filed
 * it. The location and a named reporter are kept by id (they belong to the people directory).
 */
@Entity
@Table(name = "report")
class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "code_hash", nullable = false, unique = true, length = 64)
    private String codeHash = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ReportKind kind = ReportKind.PRAISE;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ReportStatus status = ReportStatus.RECEIVED;

    @Column(name = "location_id", nullable = false)
    private long locationId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt = Instant.EPOCH;

    @Column(nullable = false, length = 200)
    private String who = "";

    @Column(nullable = false, length = 4000)
    private String what = "";

    @Column(name = "contact_email", length = 254)
    private @Nullable String contactEmail;

    @Column(name = "public_consent", nullable = false)
    private boolean publicConsent;

    @Column(name = "reporter_employee_id")
    private @Nullable Long reporterEmployeeId;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt = Instant.EPOCH;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt = Instant.EPOCH;

    /** The portal language the reporter filed in: a notice to them speaks it. */
    @Column(nullable = false, length = 5)
    private String language = "en";

    protected Report() {
    }

    Report(String codeHash, ReportKind kind, long locationId, Instant occurredAt, String who, String what,
           @Nullable String contactEmail, boolean publicConsent, @Nullable Long reporterEmployeeId, Instant filedAt, String language) {
        this.codeHash = codeHash;
        this.kind = kind;
        this.locationId = locationId;
        this.occurredAt = occurredAt;
        this.who = who;
        this.what = what;
        this.contactEmail = contactEmail;
        this.publicConsent = publicConsent;
        this.reporterEmployeeId = reporterEmployeeId;
        this.filedAt = filedAt;
        this.statusChangedAt = filedAt;
        this.language = language;
    }

    void changeStatus(ReportStatus status, Instant at) {
        this.status = status;
        this.statusChangedAt = at;
    }

    long getId() {
        if (id == null) {
            throw new IllegalStateException("Report not saved yet");
        }
        return id;
    }

    ReportKind getKind() {
        return kind;
    }

    ReportStatus getStatus() {
        return status;
    }

    long getLocationId() {
        return locationId;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }

    String getWho() {
        return who;
    }

    String getWhat() {
        return what;
    }

    @Nullable String getContactEmail() {
        return contactEmail;
    }

    boolean isPublicConsent() {
        return publicConsent;
    }

    @Nullable Long getReporterEmployeeId() {
        return reporterEmployeeId;
    }

    Instant getFiledAt() {
        return filedAt;
    }

    String getLanguage() {
        return language;
    }

    Instant getStatusChangedAt() {
        return statusChangedAt;
    }
}
