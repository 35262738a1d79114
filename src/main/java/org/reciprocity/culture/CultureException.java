package org.reciprocity.culture;

/** A request the user can correct: {@code field} says where, {@code messageKey} what to say. */
public class CultureException extends RuntimeException {

    private final String field;
    private final String messageKey;

    CultureException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
