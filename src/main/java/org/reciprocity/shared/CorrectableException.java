package org.reciprocity.shared;

import org.jspecify.annotations.Nullable;

/**
 * A request the user can correct, refused by a service rule that Bean Validation cannot express (an e-mail
 * already taken, a manager cycle, a daily limit): {@code field} names the form field it concerns (null for the
 * whole form), {@code messageKey} is the translation key of what to say. Each feature has its own subclass, so
 * callers can tell whose rule refused.
 */
public abstract class CorrectableException extends RuntimeException {

    private final @Nullable String field;
    private final String messageKey;

    protected CorrectableException(@Nullable String field, String messageKey) {
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
