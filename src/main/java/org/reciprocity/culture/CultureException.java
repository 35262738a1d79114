package org.reciprocity.culture;

import org.jspecify.annotations.Nullable;
import org.reciprocity.shared.CorrectableException;

/** A request the user can correct: {@code field} says where, {@code messageKey} what to say. */
public class CultureException extends CorrectableException {

    CultureException(@Nullable String field, String messageKey) {
        super(field, messageKey);
    }
}
