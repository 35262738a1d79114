package org.reciprocity.security;

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

/** One line of the security log; {@link Immutable}: Hibernate never writes an update for it. */
@Entity
@Immutable
@Table(name = "security_log")
class SecurityLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SecurityEventKind kind;

    private @Nullable String account;

    private @Nullable String actor;

    private @Nullable String address;

    @Column(nullable = false)
    private String detail;

    protected SecurityLogEntry() {
        this.happenedAt = Instant.EPOCH;
        this.kind = SecurityEventKind.SIGN_IN_FAILED;
        this.detail = "";
    }

    SecurityLogEntry(Instant happenedAt, SecurityEventKind kind, @Nullable String account, @Nullable String actor,
                     @Nullable String address, String detail) {
        this.happenedAt = happenedAt;
        this.kind = kind;
        this.account = account;
        this.actor = actor;
        this.address = address;
        this.detail = detail;
    }

    SecurityLogLine line() {
        return new SecurityLogLine(happenedAt, kind, account, actor, address, detail);
    }
}
