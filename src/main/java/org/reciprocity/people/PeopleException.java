package org.reciprocity.people;

import org.jspecify.annotations.Nullable;
import org.reciprocity.shared.CorrectableException;

/** A change the user can correct: {@code field} says where, {@code messageKey} what to say. */
public class PeopleException extends CorrectableException {

    PeopleException(@Nullable String field, String messageKey) {
        super(field, messageKey);
    }
}
