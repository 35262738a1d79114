package org.reciprocity.security;

/** A request the admin can correct; {@code messageKey} names the message and {@code field} where to show it. */
public class AccountException extends RuntimeException {

    private final String field;
    private final String messageKey;

    AccountException(String field, String messageKey) {
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
