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
 * Text a person typed, judged as it will be stored: after {@link Text#line} (or {@link Text#lines} when
 * {@code multiline}). Replaces {@code @NotBlank} and {@code @Size} on every text the portal stores, so that
 * lengths count what a reader sees and nothing unstorable gets through. The command record (or, for a service
 * parameter, the service) stores the same normalised text.
 * <p>
 * One message per field, first that applies: {@code "{text.unstorable}"} for a character that cannot be stored,
 * {@link #required} when nothing visible is left (null included), {@link #message} when there are fewer than
 * {@link #min} or more than {@link #max} visible characters — or more than {@link #max} UTF-16 units, which is what
 * the database columns are sized in.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {

    /** Fewest visible characters of a text that is not empty. */
    int min() default 0;

    /** Most visible characters (and most UTF-16 units: the column's size). */
    int max();

    /** Several lines (tabs and line breaks allowed) rather than one. */
    boolean multiline() default false;

    /** Said when nothing visible is left; empty (the default) when the text may be empty. */
    String required() default "";

    /** Said when the text is too short or too long, e.g. {@code "{reporting.what.length}"}. */
    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
