package org.reciprocity.recognition;

/** A request the user can correct: {@code field} says where, {@code messageKey} what to say. */
public class RecognitionException extends RuntimeException {

    private final String field;
    private final String messageKey;

    RecognitionException(String field, String messageKey) {
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
