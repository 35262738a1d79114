package org.reciprocity.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** HR's choice of cadence: a single row, absent until HR first chooses. */
@Entity
@Table(name = "assessment_setting")
class CadenceSetting {

    static final int ID = 1;

    @Id
    private int id = ID;

    @Version
    private @Nullable Long version; // null until first stored, so that the row is inserted, not merged

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Cadence cadence = Cadence.MONTHLY;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected CadenceSetting() {
    }

    CadenceSetting(Cadence cadence, Instant now) {
        this.cadence = cadence;
        this.updatedAt = now;
    }

    void change(Cadence cadence, Instant now) {
        this.cadence = cadence;
        this.updatedAt = now;
    }

    long getVersion() {
        return version == null ? 0 : version;
    }

    Cadence getCadence() {
        return cadence;
    }
}
