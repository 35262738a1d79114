package org.reciprocity.reporting;

import org.jspecify.annotations.Nullable;
import org.reciprocity.shared.CorrectableException;

/**
 * A request the reporter can correct or must wait out: {@code field} names the form field (null for the whole
 * form, such as too many reports from one place), {@code messageKey} what to say.
 */
public class ReportingException extends CorrectableException {

    ReportingException(@Nullable String field, String messageKey) {
        super(field, messageKey);
    }
}
