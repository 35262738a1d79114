package org.reciprocity.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One line of a case's audit trail. Immutable: written once, never updated or deleted. */
@Entity
@Immutable
@Table(name = "review_audit")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "report_id", nullable = false)
    private long reportId;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt = Instant.EPOCH;

    @Column(name = "actor_account_id")
    private @Nullable Long actorAccountId;

    @Column(name = "actor_name", nullable = false, length = 200)
    private String actorName = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private AuditAction action = AuditAction.NOTE;

    @Column(name = "before_value", length = 4000)
    private @Nullable String before;

    @Column(name = "after_value", length = 4000)
    private @Nullable String after;

    protected AuditEntry() {
    }

    AuditEntry(long reportId, Instant happenedAt, @Nullable Long actorAccountId, String actorName,
               AuditAction action, @Nullable String before, @Nullable String after) {
        this.reportId = reportId;
        this.happenedAt = happenedAt;
        this.actorAccountId = actorAccountId;
        this.actorName = actorName;
        this.action = action;
        this.before = before;
        this.after = after;
    }

    AuditLine view() {
        return new AuditLine(happenedAt, actorName, action, before, after);
    }
}
