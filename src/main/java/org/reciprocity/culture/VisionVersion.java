package org.reciprocity.culture;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One published wording of the vision, in each language it was written in (by language tag). Never changed: a new
 * wording, in any language, is a new version that everyone is asked to read again.
 */
@Entity
@Table(name = "vision_version")
class VisionVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "version_no", nullable = false, unique = true)
    private int number;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "vision_text", joinColumns = @JoinColumn(name = "vision_id"))
    @MapKeyColumn(name = "lang", length = 8)
    @Column(name = "statement", nullable = false, length = 4000)
    private Map<String, String> statements = new HashMap<>();

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt = Instant.EPOCH;

    @Column(name = "published_by", nullable = false)
    private String publishedBy = "";

    protected VisionVersion() {
    }

    VisionVersion(int number, List<StatementDraft> statements, Instant publishedAt, String publishedBy) {
        this.number = number;
        statements.stream().filter(s -> !s.text().isEmpty())
                .forEach(s -> this.statements.put(s.language().toLanguageTag(), s.text()));
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    int getNumber() {
        return number;
    }

    Map<Locale, String> getStatements() {
        var byLanguage = new HashMap<Locale, String>();
        statements.forEach((tag, text) -> byLanguage.put(Locale.forLanguageTag(tag), text));
        return byLanguage;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    String getPublishedBy() {
        return publishedBy;
    }
}
