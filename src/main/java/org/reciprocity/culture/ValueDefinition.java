package org.reciprocity.culture;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A service value, with its wording in each language it is written in (by language tag: "en", "uk", "ru").
 * Retired values stay (inactive) so that recognitions which named them keep their meaning.
 */
@Entity
@Table(name = "service_value")
class ValueDefinition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "service_value_text", joinColumns = @JoinColumn(name = "value_id"))
    @MapKeyColumn(name = "lang", length = 8)
    private Map<String, ValueColumns> texts = new HashMap<>();

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active = true;

    protected ValueDefinition() {
    }

    ValueDefinition(List<ValueWording> wordings, int position) {
        update(wordings, position);
    }

    /** The wordings that are not empty replace all the value had. */
    void update(List<ValueWording> wordings, int position) {
        texts.clear();
        wordings.stream().filter(w -> !w.isEmpty()).forEach(w -> texts.put(w.language().toLanguageTag(),
                new ValueColumns(w.name(), w.description())));
        this.position = position;
        this.active = true;
    }

    void retire() {
        active = false;
    }

    @Nullable Long getId() {
        return id;
    }

    Map<Locale, ValueText> getTexts() {
        var byLanguage = new HashMap<Locale, ValueText>();
        texts.forEach((tag, columns) -> byLanguage.put(Locale.forLanguageTag(tag), columns.text()));
        return byLanguage;
    }

    int getPosition() {
        return position;
    }

    boolean isActive() {
        return active;
    }
}
