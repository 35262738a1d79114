package org.reciprocity.people;

import org.jspecify.annotations.Nullable;

/** A CSV file the import cannot read at all: {@code messageKey} says why, {@code value} fills its {0}. */
public class ImportException extends RuntimeException {

    private final String messageKey;
    private final @Nullable String value;

    ImportException(String messageKey, @Nullable String value) {
        super(messageKey);
        this.messageKey = messageKey;
        this.value = value;
    }

    public String messageKey() {
        return messageKey;
    }

    public @Nullable String value() {
        return value;
    }
}
