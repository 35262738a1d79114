package org.reciprocity.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An account's TOTP second factor: the encrypted secret, whether a first code confirmed it, the last step whose
 * code was accepted (no code counts twice) and the wrong codes of the current window.
 */
@Entity
@Table(name = "account_second_factor")
class SecondFactor {

    /** Wrong codes per account within {@link #WINDOW} before every code is refused until it has passed. */
    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(nullable = false)
    private String secret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private @Nullable Instant confirmedAt;

    @Column(name = "last_used_step", nullable = false)
    private long lastUsedStep = -1;

    @Column(nullable = false)
    private int failures;

    @Column(name = "failures_since")
    private @Nullable Instant failuresSince;

    protected SecondFactor() {
        this.secret = "";
        this.createdAt = Instant.EPOCH;
    }

    SecondFactor(long accountId, String secret, Instant createdAt) {
        this.accountId = accountId;
        this.secret = secret;
        this.createdAt = createdAt;
    }

    long accountId() {
        return accountId;
    }

    String secret() {
        return secret;
    }

    /** A new secret for an enrolment that was never confirmed (the QR code shown again, e.g. after a reload). */
    void replaceUnconfirmed(String secret, Instant at) {
        if (confirmed()) {
            throw new IllegalStateException("A confirmed second factor is reset by an admin, not replaced");
        }
        this.secret = secret;
        this.createdAt = at;
    }

    boolean confirmed() {
        return confirmedAt != null;
    }

    @Nullable Instant confirmedAt() {
        return confirmedAt;
    }

    long lastUsedStep() {
        return lastUsedStep;
    }

    /** When codes are taken again, or null while they are. */
    @Nullable Instant refusedUntil(Instant now) {
        if (failuresSince == null || failures < MAX_FAILURES) {
            return null;
        }
        var until = failuresSince.plus(WINDOW);
        return until.isAfter(now) ? until : null;
    }

    void failed(Instant now) {
        if (failuresSince == null || !failuresSince.plus(WINDOW).isAfter(now)) {
            failuresSince = now;
            failures = 1;
        } else {
            failures++;
        }
    }

    /** A right code: its step is spent, the wrong ones before it are forgotten. */
    void passed(long step, Instant now) {
        if (step > lastUsedStep) {
            lastUsedStep = step;
        }
        if (confirmedAt == null) {
            confirmedAt = now;
        }
        failures = 0;
        failuresSince = null;
    }
}
