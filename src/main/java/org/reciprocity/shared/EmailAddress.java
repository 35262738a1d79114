package org.reciprocity.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An e-mail address someone can be written to, judged after {@link Text#line}: the portal's one e-mail rule
 * ({@link EmailAddressValidator#isValid}). Replaces {@code @Email}, which lets {@code x@[127.0.0.1]} and quoted
 * local parts through. Empty or null is {@link #required} when that is set, and valid otherwise.
 */
@Documented
@Constraint(validatedBy = EmailAddressValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface EmailAddress {

    /** Said when there is no address; empty (the default) when none is needed. */
    String required() default "";

    /** Said when the address breaks the rule, e.g. {@code "{people.email.invalid}"}. */
    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
