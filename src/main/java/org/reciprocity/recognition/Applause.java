package org.reciprocity.recognition;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One person applauded one entry (once: the key is the pair). */
@Entity
@Table(name = "recognition_applause")
class Applause {

    @Embeddable
    record Key(@Column(name = "recognition_id") long recognitionId, @Column(name = "employee_id") long employeeId)
            implements Serializable {
    }

    @EmbeddedId
    private Key key = new Key(0, 0);

    @Column(name = "applauded_at", nullable = false)
    private Instant applaudedAt = Instant.EPOCH;

    protected Applause() {
    }

    Applause(long recognitionId, long employeeId, Instant applaudedAt) {
        this.key = new Key(recognitionId, employeeId);
        this.applaudedAt = applaudedAt;
    }
}
