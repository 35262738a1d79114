package org.reciprocity.review;

import org.jspecify.annotations.Nullable;
import org.reciprocity.shared.CorrectableException;

/** A change HR cannot make: {@code field} names the input (null for the whole case), {@code messageKey} why. */
public class ReviewException extends CorrectableException {

    ReviewException(@Nullable String field, String messageKey) {
        super(field, messageKey);
    }
}
