package org.reciprocity.culture;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** An employee read a version of the vision and said so. */
@Entity
@Table(name = "vision_acknowledgement")
class Acknowledgement {

    @Embeddable
    record Key(@Column(name = "employee_id") long employeeId, @Column(name = "version_no") int versionNumber)
            implements Serializable {
    }

    @EmbeddedId
    private Key key = new Key(0, 0);

    @Column(name = "acknowledged_at", nullable = false)
    private Instant acknowledgedAt = Instant.EPOCH;

    protected Acknowledgement() {
    }

    Acknowledgement(long employeeId, int versionNumber, Instant acknowledgedAt) {
        this.key = new Key(employeeId, versionNumber);
        this.acknowledgedAt = acknowledgedAt;
    }

    Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }
}
