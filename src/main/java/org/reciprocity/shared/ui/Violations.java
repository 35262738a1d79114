package org.reciprocity.shared.ui;

import com.vaadin.flow.component.HasValidation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import java.util.function.Function;
import org.reciprocity.shared.CorrectableException;
import org.reciprocity.shared.ViolationKeys;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Shows a service's refusals — Bean Validation and {@link CorrectableException} — next to the fields they concern. Constraint messages are written
 * as {@code {translation.key}}, so the same key serves the service and the form.
 */
public final class Violations {

    private Violations() {
    }

    /** The translation key of a violation's message template; {@link ViolationKeys} owns the rule. */
    public static String key(ConstraintViolation<?> violation) {
        return ViolationKeys.of(violation);
    }

    /**
     * Marks each field named by the last node of a violation's property path.
     *
     * @return true if at least one violation found its field
     */
    public static boolean show(ConstraintViolationException exception, Map<String, ? extends HasValidation> fields,
                               Function<String, String> translate) {
        var shown = false;
        for (var violation : exception.getConstraintViolations()) {
            String last = null;
            for (var node : violation.getPropertyPath()) {
                last = node.getName();
            }
            var field = last == null ? null : fields.get(last);
            if (field != null) {
                field.setErrorMessage(translate.apply(key(violation)));
                field.setInvalid(true);
                shown = true;
            }
        }
        return shown;
    }

    /**
     * Marks the field that a service rule refused; when the form has no such field, says it in a notice.
     *
     * @return true if a field was marked
     */
    public static boolean show(CorrectableException refusal, Map<String, ? extends HasValidation> fields,
                               Function<String, String> translate) {
        var name = refusal.field();
        var field = name == null ? null : fields.get(name);
        if (field == null) {
            Notices.error(translate.apply(refusal.messageKey()));
            return false;
        }
        field.setErrorMessage(translate.apply(refusal.messageKey()));
        field.setInvalid(true);
        return true;
    }

    /**
     * Runs a form's save and, when the service refuses it, says why: a rule or constraint next to its field (a
     * constraint no field shows as "error.invalid", a rule without a field in a notice), a concurrent edit as
     * "error.conflict". The save itself ends with whatever success means to the form (notice, close, refresh).
     */
    public static void save(Runnable save, Map<String, ? extends HasValidation> fields,
                            Function<String, String> translate) {
        try {
            save.run();
        } catch (CorrectableException e) {
            show(e, fields, translate);
        } catch (ConstraintViolationException e) {
            if (!show(e, fields, translate)) {
                Notices.error(translate.apply("error.invalid"));
            }
        } catch (OptimisticLockingFailureException e) {
            Notices.error(translate.apply("error.conflict"));
        }
    }
}
