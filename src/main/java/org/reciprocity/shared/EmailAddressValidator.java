package org.reciprocity.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.IDN;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The portal's e-mail rule, pragmatic rather than all of RFC 5322: what mail servers and people actually use.
 * A dot-atom local part (letters, digits and {@code !#$%&'*+/=?^_`{|}~-}, dots only between them; no quotes, no
 * spaces), at most 64 characters; a domain of at least two labels (letters, digits, inner hyphens; an
 * internationalised name counts as its ASCII form), the last of them not all digits — so no IP address, bracketed
 * or not; at most 254 characters in all. Public only for the validation provider and for code that must apply the
 * same rule outside Bean Validation.
 */
public final class EmailAddressValidator implements ConstraintValidator<EmailAddress, String> {

    public static final int MAX_LENGTH = 254;
    public static final int MAX_LOCAL_LENGTH = 64;

    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private String required = "";

    @Override
    public void initialize(EmailAddress constraint) {
        required = constraint.required();
    }

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        var address = value == null ? "" : Text.line(value);
        if (address.isEmpty()) {
            if (required.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(required).addConstraintViolation();
            return false;
        }
        return isValid(address);
    }

    /** Whether a (normalised) address follows the rule. */
    public static boolean isValid(String address) {
        if (address.length() > MAX_LENGTH) {
            return false;
        }
        var at = address.lastIndexOf('@');
        if (at <= 0 || at > MAX_LOCAL_LENGTH || !LOCAL.matcher(address.substring(0, at)).matches()) {
            return false;
        }
        String domain;
        try {
            domain = IDN.toASCII(address.substring(at + 1), 0);
        } catch (IllegalArgumentException e) {
            return false;
        }
        var labels = domain.split("\\.", -1);
        if (labels.length < 2 || domain.length() > MAX_LENGTH - at - 1 || DIGITS.matcher(labels[labels.length - 1]).matches()) {
            return false;
        }
        for (var label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }
}
