package org.reciprocity.culture;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One published wording of the vision. Never changed: a new wording is a new version. */
@Entity
@Table(name = "vision_version")
class VisionVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "version_no", nullable = false, unique = true)
    private int number;

    @Column(nullable = false, length = 4000)
    private String statement = "";

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt = Instant.EPOCH;

    @Column(name = "published_by", nullable = false)
    private String publishedBy = "";

    protected VisionVersion() {
    }

    VisionVersion(int number, String statement, Instant publishedAt, String publishedBy) {
        this.number = number;
        this.statement = statement;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    int getNumber() {
        return number;
    }

    String getStatement() {
        return statement;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    String getPublishedBy() {
        return publishedBy;
    }
}
