package org.reciprocity.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A manager is asked to check in with a staff member who kept their dignity when a customer mistreated them. */
@Entity
@Table(name = "review_check_in")
class CheckIn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "report_id", nullable = false)
    private long reportId;

    @Column(name = "employee_id", nullable = false)
    private long employeeId;

    @Column(name = "manager_employee_id", nullable = false)
    private long managerEmployeeId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "done_at")
    private @Nullable Instant doneAt;

    protected CheckIn() {
    }

    CheckIn(long reportId, long employeeId, long managerEmployeeId, Instant createdAt) {
        this.reportId = reportId;
        this.employeeId = employeeId;
        this.managerEmployeeId = managerEmployeeId;
        this.createdAt = createdAt;
    }

    void done(Instant at) {
        if (doneAt == null) {
            doneAt = at;
        }
    }

    long getId() {
        if (id == null) {
            throw new IllegalStateException("Check-in not saved yet");
        }
        return id;
    }

    long getVersion() {
        return version;
    }

    long getReportId() {
        return reportId;
    }

    long getEmployeeId() {
        return employeeId;
    }

    long getManagerEmployeeId() {
        return managerEmployeeId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    @Nullable Instant getDoneAt() {
        return doneAt;
    }
}
