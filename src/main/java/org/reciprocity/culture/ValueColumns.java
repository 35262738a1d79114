package org.reciprocity.culture;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A value's name and description in one language, as stored in {@code service_value_text}. */
@Embeddable
class ValueColumns {

    @Column(nullable = false, length = 80)
    private String name = "";

    @Column(nullable = false, length = 1000)
    private String description = "";

    protected ValueColumns() {
    }

    ValueColumns(String name, String description) {
        this.name = name;
        this.description = description;
    }

    ValueText text() {
        return new ValueText(name, description);
    }
}
