package org.reciprocity.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Judges a {@link PlainText} after normalising it, as {@link Text} says. Public only for the validation provider. */
public final class PlainTextValidator implements ConstraintValidator<PlainText, String> {

    /** The message of a text with a character that cannot be stored: the same for every field. */
    public static final String UNSTORABLE = "{text.unstorable}";

    private int min;
    private int max;
    private boolean multiline;
    private String required = "";
    private String message = "";

    @Override
    public void initialize(PlainText constraint) {
        min = constraint.min();
        max = constraint.max();
        multiline = constraint.multiline();
        required = constraint.required();
        message = constraint.message();
    }

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        if (value == null) {
            return required.isEmpty() || refuse(context, required);
        }
        var text = multiline ? Text.lines(value) : Text.line(value);
        if (!Text.storable(text, multiline)) {
            return refuse(context, UNSTORABLE);
        }
        var visible = Text.visibleLength(text);
        if (visible == 0) {
            return required.isEmpty() || refuse(context, required);
        }
        if (visible < min || visible > max || text.length() > max) {
            return refuse(context, message);
        }
        return true;
    }

    private static boolean refuse(ConstraintValidatorContext context, String template) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
        return false;
    }
}
