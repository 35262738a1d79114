package org.reciprocity.assessment;

import org.jspecify.annotations.Nullable;
import org.reciprocity.shared.CorrectableException;

/** A request the manager can correct: {@code field} says where, {@code messageKey} what to say. */
public class AssessmentException extends CorrectableException {

    AssessmentException(@Nullable String field, String messageKey) {
        super(field, messageKey);
    }
}
