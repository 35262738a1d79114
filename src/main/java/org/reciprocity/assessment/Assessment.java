package org.reciprocity.assessment;

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
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One manager's assessment of one period. Read by that manager alone. */
@Entity
@Table(name = "assessment")
class Assessment {

    enum Status { DRAFT, SUBMITTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "manager_id", nullable = false)
    private long managerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false, length = 10)
    private Period.Kind periodKind = Period.Kind.MONTH;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart = LocalDate.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.DRAFT;

    @Column(name = "score_1")
    private @Nullable Integer score1;
    @Column(name = "reflection_1", nullable = false, length = 2000)
    private String reflection1 = "";
    @Column(name = "score_2")
    private @Nullable Integer score2;
    @Column(name = "reflection_2", nullable = false, length = 2000)
    private String reflection2 = "";
    @Column(name = "score_3")
    private @Nullable Integer score3;
    @Column(name = "reflection_3", nullable = false, length = 2000)
    private String reflection3 = "";

    @Column(nullable = false, length = 1000)
    private String commitment = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "review_kept", length = 10)
    private @Nullable Kept reviewKept;

    @Column(name = "review_note", nullable = false, length = 1000)
    private String reviewNote = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    protected Assessment() {
    }

    Assessment(long managerId, Period period, Instant now) {
        this.managerId = managerId;
        this.periodKind = period.kind();
        this.periodStart = period.start();
        this.createdAt = now;
        this.updatedAt = now;
    }

    void write(List<Answer> answers, String commitment, @Nullable Kept kept, String reviewNote, Instant now) {
        this.score1 = answers.get(0).score();
        this.reflection1 = answers.get(0).reflection();
        this.score2 = answers.get(1).score();
        this.reflection2 = answers.get(1).reflection();
        this.score3 = answers.get(2).score();
        this.reflection3 = answers.get(2).reflection();
        this.commitment = commitment;
        this.reviewKept = kept;
        this.reviewNote = reviewNote;
        this.updatedAt = now;
    }

    void submit(Instant now) {
        if (status != Status.SUBMITTED) {
            submittedAt = now;
        }
        status = Status.SUBMITTED;
    }

    @Nullable Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getManagerId() {
        return managerId;
    }

    Period period() {
        return new Period(periodKind, periodStart);
    }

    Status getStatus() {
        return status;
    }

    boolean isSubmitted() {
        return status == Status.SUBMITTED;
    }

    List<Answer> answers() {
        return List.of(new Answer(score1, reflection1), new Answer(score2, reflection2),
                new Answer(score3, reflection3));
    }

    List<@Nullable Integer> scores() {
        return java.util.Arrays.asList(score1, score2, score3);
    }

    String getCommitment() {
        return commitment;
    }

    @Nullable Kept getReviewKept() {
        return reviewKept;
    }

    String getReviewNote() {
        return reviewNote;
    }

    @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }
}
