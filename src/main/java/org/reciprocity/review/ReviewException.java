package org.reciprocity.review;

import org.jspecify.annotations.Nullable;

/** A change HR cannot make: {@code field} names the input (null for the whole case), {@code messageKey} why. */
public class ReviewException extends RuntimeException {

    private final @Nullable String field;
    private final String messageKey;

    ReviewException(@Nullable String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public @Nullable String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
