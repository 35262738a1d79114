package org.reciprocity.recognition;

import org.jspecify.annotations.Nullable;
import org.reciprocity.shared.CorrectableException;

/** A request the user can correct: {@code field} says where, {@code messageKey} what to say. */
public class RecognitionException extends CorrectableException {

    RecognitionException(@Nullable String field, String messageKey) {
        super(field, messageKey);
    }
}
