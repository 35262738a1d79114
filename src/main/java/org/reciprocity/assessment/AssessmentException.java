package org.reciprocity.assessment;

/** A request the manager can correct: {@code field} says where, {@code messageKey} what to say. */
public class AssessmentException extends RuntimeException {

    private final String field;
    private final String messageKey;

    AssessmentException(String field, String messageKey) {
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
