package org.reciprocity.culture;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A service value. Retired values stay (inactive) so that recognitions which named them keep their meaning.
 */
@Entity
@Table(name = "service_value")
class ValueDefinition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 80)
    private String name = "";

    @Column(nullable = false, length = 1000)
    private String description = "";

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active = true;

    protected ValueDefinition() {
    }

    ValueDefinition(String name, String description, int position) {
        update(name, description, position);
    }

    void update(String name, String description, int position) {
        this.name = name;
        this.description = description;
        this.position = position;
        this.active = true;
    }

    void retire() {
        active = false;
    }

    @Nullable Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getDescription() {
        return description;
    }

    int getPosition() {
        return position;
    }

    boolean isActive() {
        return active;
    }
}
