package org.reciprocity.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.reciprocity.reporting.ReportDeadlines;
import org.reciprocity.reporting.ReportKind;

/**
 * HR's case of one report, the one owner of its status, deadlines, assignment and outcome. Kind, location and filing
 * time are copied from the report when it is filed (they never change) so that the queue filters and sorts in one
 * query.
 * {@code dueAt} is the next deadline that still applies: acknowledge while new, then answer until the reporter got
 * a reply or the case closed.
 */
@Entity
@Table(name = "review_case")
class ReviewCase {

    @Id
    @Column(name = "report_id")
    private long reportId;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ReportKind kind = ReportKind.PRAISE;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private CaseStatus status = CaseStatus.NEW;

    @Column(name = "location_id", nullable = false)
    private long locationId;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt = Instant.EPOCH;

    @Column(name = "acknowledge_by", nullable = false)
    private Instant acknowledgeBy = Instant.EPOCH;

    @Column(name = "answer_by", nullable = false)
    private Instant answerBy = Instant.EPOCH;

    @Column(name = "acknowledged_at")
    private @Nullable Instant acknowledgedAt;

    @Column(name = "answered_at")
    private @Nullable Instant answeredAt;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Column(name = "due_at")
    private @Nullable Instant dueAt;

    @Column(name = "assignee_employee_id")
    private @Nullable Long assigneeEmployeeId;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private @Nullable CustomerOutcome outcome;

    @Column(name = "outcome_note", length = 1000)
    private @Nullable String outcomeNote;

    @Column(name = "dismiss_reason", length = 1000)
    private @Nullable String dismissReason;

    @ElementCollection
    @CollectionTable(name = "review_case_employee", joinColumns = @JoinColumn(name = "report_id"))
    @Column(name = "employee_id")
    private Set<Long> linkedEmployeeIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "review_case_dignity", joinColumns = @JoinColumn(name = "report_id"))
    @Column(name = "employee_id")
    private Set<Long> dignityEmployeeIds = new LinkedHashSet<>();

    protected ReviewCase() {
    }

    /** A new report's case: kind, place and filing time as the report was told, the deadlines promised. */
    ReviewCase(long reportId, ReportKind kind, long locationId, Instant filedAt, ReportDeadlines deadlines) {
        this.reportId = reportId;
        this.kind = kind;
        this.locationId = locationId;
        this.filedAt = filedAt;
        this.acknowledgeBy = filedAt.plus(deadlines.acknowledgeWithin());
        this.answerBy = filedAt.plus(deadlines.answerWithin());
        updateDue();
    }

    void moveTo(CaseStatus to, Instant at, @Nullable String reason) {
        if (status == CaseStatus.NEW && acknowledgedAt == null) {
            acknowledgedAt = at;
        }
        status = to;
        if (Workflow.isClosed(to)) {
            if (closedAt == null) { // taking published praise off the board does not close it a second time
                closedAt = at;
            }
            if (answeredAt == null) {
                answeredAt = at;
            }
        }
        if (to == CaseStatus.DISMISSED) {
            dismissReason = reason;
        }
        updateDue();
    }

    void replied(Instant at) {
        if (answeredAt == null) {
            answeredAt = at;
            updateDue();
        }
    }

    private void updateDue() {
        if (status == CaseStatus.NEW) {
            dueAt = acknowledgeBy;
        } else if (answeredAt == null) {
            dueAt = answerBy;
        } else {
            dueAt = null;
        }
    }

    void assign(@Nullable Long employeeId) {
        this.assigneeEmployeeId = employeeId;
    }

    boolean link(long employeeId) {
        return linkedEmployeeIds.add(employeeId);
    }

    boolean unlink(long employeeId) {
        return linkedEmployeeIds.remove(employeeId);
    }

    boolean recogniseDignity(long employeeId) {
        return dignityEmployeeIds.add(employeeId);
    }

    Set<Long> getDignityEmployeeIds() {
        return dignityEmployeeIds;
    }

    void recordOutcome(CustomerOutcome outcome, @Nullable String note) {
        this.outcome = outcome;
        this.outcomeNote = note;
    }

    long getReportId() {
        return reportId;
    }

    long getVersion() {
        return version;
    }

    ReportKind getKind() {
        return kind;
    }

    CaseStatus getStatus() {
        return status;
    }

    long getLocationId() {
        return locationId;
    }

    Instant getFiledAt() {
        return filedAt;
    }

    Instant getAcknowledgeBy() {
        return acknowledgeBy;
    }

    Instant getAnswerBy() {
        return answerBy;
    }

    @Nullable Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    @Nullable Instant getAnsweredAt() {
        return answeredAt;
    }

    @Nullable Instant getClosedAt() {
        return closedAt;
    }

    @Nullable Instant getDueAt() {
        return dueAt;
    }

    @Nullable Long getAssigneeEmployeeId() {
        return assigneeEmployeeId;
    }

    @Nullable CustomerOutcome getOutcome() {
        return outcome;
    }

    @Nullable String getOutcomeNote() {
        return outcomeNote;
    }

    @Nullable String getDismissReason() {
        return dismissReason;
    }

    Set<Long> getLinkedEmployeeIds() {
        return linkedEmployeeIds;
    }
}
