package org.reciprocity.shared;

import jakarta.validation.ConstraintViolation;

/**
 * The one rule for turning a Bean Validation violation into a translation key. Constraint messages are written as
 * {@code {translation.key}}, so a service that reports a violation as data (the employee import's rejected rows)
 * and a form that shows it next to its field say the same thing.
 */
public final class ViolationKeys {

    private ViolationKeys() {
    }

    /** The translation key of a violation's message template ({@code {people.email.invalid}} → key). */
    public static String of(ConstraintViolation<?> violation) {
        var template = violation.getMessageTemplate();
        return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1)
                : template;
    }
}
