package org.reciprocity.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.reciprocity.shared.CorrectableException;
import org.reciprocity.shared.ViolationKeys;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Shows a service's refusals — Bean Validation and {@link CorrectableException} — next to the fields they concern. Constraint messages are written
 * as {@code {translation.key}}, so the same key serves the service and the form. The first marked field on the page
 * gets the focus and comes into view.
 */
public final class Violations {

    private Violations() {
    }

    /** The translation key of a violation's message template; {@link ViolationKeys} owns the rule. */
    public static String key(ConstraintViolation<?> violation) {
        return ViolationKeys.of(violation);
    }

    /**
     * Marks each field named by the last node of a violation's property path. A field that breaks several
     * constraints at once (an empty text that is also too short) shows one message, the same every time: that it
     * is required, if that is among them.
     *
     * @return true if at least one violation found its field
     */
    public static boolean show(ConstraintViolationException exception, Map<String, ? extends HasValidation> fields,
                               Function<String, String> translate) {
        var marked = new HashSet<String>();
        var invalid = new ArrayList<HasValidation>();
        var violations = exception.getConstraintViolations().stream().sorted(FIRST_SAID).toList();
        for (var violation : violations) {
            var name = fieldName(violation.getPropertyPath(), fields.keySet());
            var field = name == null ? null : fields.get(name);
            if (field != null && marked.add(name)) {
                field.setErrorMessage(translate.apply(key(violation)));
                field.setInvalid(true);
                invalid.add(field);
            }
        }
        focusFirst(invalid);
        return !marked.isEmpty();
    }

    /**
     * The form's name for the field a violation concerns: its path inside the command, as in
     * {@code values[2].name} (for a form with a field per list element), or else the last node's name.
     */
    private static @Nullable String fieldName(Path path, Set<String> names) {
        var inCommand = new StringBuilder();
        String last = null;
        for (var node : path) {
            last = node.getName();
            if (node.getKind() == ElementKind.PROPERTY) {
                if (node.isInIterable()) {
                    inCommand.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
                }
                inCommand.append(inCommand.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return names.contains(inCommand.toString()) ? inCommand.toString() : last;
    }

    private static final Set<Class<?>> REQUIRED = Set.of(NotNull.class, NotBlank.class, NotEmpty.class);

    /** "Required" before any other message on the same field; otherwise by key, so the choice never varies. */
    private static final Comparator<ConstraintViolation<?>> FIRST_SAID = Comparator
            .comparing((ConstraintViolation<?> v) -> !REQUIRED.contains(
                    v.getConstraintDescriptor().getAnnotation().annotationType()))
            .thenComparing(Violations::key);

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
        focusFirst(List.of(field));
        return true;
    }

    /** Takes the person to the first marked field on the page, wherever the form has scrolled to; its message is read. */
    private static void focusFirst(List<? extends HasValidation> invalid) {
        Focus.moveToFirst(invalid.stream().filter(Component.class::isInstance).map(Component.class::cast).toList());
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
