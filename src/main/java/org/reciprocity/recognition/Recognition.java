package org.reciprocity.recognition;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One entry: someone recognised one or more employees for living one to three service values. Written once;
 * only its applause count changes (kept in step with the applause rows in the same transaction), and customer praise
 * HR takes off the board is {@linkplain #withdraw withdrawn}.
 */
@Entity
@Table(name = "recognition")
class Recognition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "giver_id")
    private @Nullable Long giverId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Source source = Source.COLLEAGUE;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Visibility visibility = Visibility.PUBLIC;

    @Column(nullable = false, length = 4000)
    private String story = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "applause_count", nullable = false)
    private int applauseCount;

    /** The report a customer's praise or HR's recognition came from: each is turned into an entry once. */
    @Column(name = "origin_ref")
    private @Nullable Long originRef;

    /** When HR took this customer praise off the board; the entry is then a tombstone nobody sees. */
    @Column(name = "withdrawn_at")
    private @Nullable Instant withdrawnAt;

    @ElementCollection
    @CollectionTable(name = "recognition_recipient", joinColumns = @JoinColumn(name = "recognition_id"))
    private Set<Recipient> recipients = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "recognition_value", joinColumns = @JoinColumn(name = "recognition_id"))
    @Column(name = "value_id")
    private Set<Long> valueIds = new LinkedHashSet<>();

    protected Recognition() {
    }

    Recognition(@Nullable Long giverId, Source source, Visibility visibility, String story, Instant createdAt,
                Collection<Recipient> recipients, Collection<Long> valueIds, @Nullable Long originRef) {
        this.giverId = giverId;
        this.source = source;
        this.visibility = visibility;
        this.story = story;
        this.createdAt = createdAt;
        this.recipients.addAll(recipients);
        this.valueIds.addAll(valueIds);
        this.originRef = originRef;
    }

    long getId() {
        if (id == null) {
            throw new IllegalStateException("Not saved yet");
        }
        return id;
    }

    @Nullable Long getGiverId() {
        return giverId;
    }

    Source getSource() {
        return source;
    }

    Visibility getVisibility() {
        return visibility;
    }

    String getStory() {
        return story;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    int getApplauseCount() {
        return applauseCount;
    }

    /** For demo data only: applause rows written beside it. */
    void setApplauseCount(int applauseCount) {
        this.applauseCount = applauseCount;
    }

    /**
     * Leaves a tombstone: private, with nobody to see it (no giver, no recipients) and nothing to show (no story, no
     * values, no applause; the caller deletes the applause rows). The row stays so that its origin is not recorded
     * again when the publishing event is replayed.
     */
    void withdraw(Instant at) {
        visibility = Visibility.PRIVATE;
        story = "";
        recipients.clear();
        valueIds.clear();
        applauseCount = 0;
        withdrawnAt = at;
    }

    @Nullable Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    Set<Recipient> getRecipients() {
        return recipients;
    }

    Set<Long> getValueIds() {
        return valueIds;
    }
}
