package org.reciprocity.reporting;

import org.jspecify.annotations.Nullable;

/**
 * A request the reporter can correct or must wait out: {@code field} names the form field (null for the whole
 * form, such as too many reports from one place), {@code messageKey} what to say.
 */
public class ReportingException extends RuntimeException {

    private final @Nullable String field;
    private final String messageKey;

    ReportingException(@Nullable String field, String messageKey) {
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
