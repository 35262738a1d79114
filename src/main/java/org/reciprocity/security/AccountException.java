package org.reciprocity.security;

import org.jspecify.annotations.Nullable;
import org.reciprocity.shared.CorrectableException;

/** A request the admin can correct; {@code messageKey} names the message and {@code field} where to show it. */
public class AccountException extends CorrectableException {

    AccountException(@Nullable String field, String messageKey) {
        super(field, messageKey);
    }
}
