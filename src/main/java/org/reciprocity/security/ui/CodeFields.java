package org.reciprocity.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import org.reciprocity.security.SecondFactorCheck;
import org.reciprocity.shared.ui.UserTime;

/** The fields a code is typed into, alike on every second-factor page, and what a refused code says. */
final class CodeFields {

    private CodeFields() {
    }

    /** The six digits of an authenticator app: a phone shows digits, and offers a code it received. */
    static TextField appCode(String label) {
        var field = oneTimeCode(label);
        field.setMaxLength(7); // "123 456" as some apps show it
        field.setAllowedCharPattern("[0-9 ]");
        field.addAttachListener(e -> inputMode(field, "numeric"));
        return field;
    }

    /** A recovery code: letters and digits, as printed (xxxx-xxxx-xxxx). */
    static TextField recoveryCode(String label) {
        var field = oneTimeCode(label);
        field.setMaxLength(20);
        field.getElement().setProperty("autocapitalize", "none");
        return field;
    }

    private static TextField oneTimeCode(String label) {
        var field = new TextField(label);
        field.setRequiredIndicatorVisible(true);
        field.setWidthFull();
        // no enum constant in Vaadin for it; the text field hands the property to its <input>
        field.getElement().setProperty("autocomplete", "one-time-code");
        field.getElement().setAttribute("spellcheck", "false");
        field.addValueChangeListener(e -> field.setInvalid(false));
        return field;
    }

    /** The text field has no property for it: set on its own {@code <input>}, once that exists. */
    private static void inputMode(Component field, String mode) {
        field.getElement().executeJs("const input = this.inputElement || this.querySelector('input');"
                + "if (input) { input.setAttribute('inputmode', $0); }", mode);
    }

    /** Shows why a code was refused next to its field. */
    static void refuse(TextField field, SecondFactorCheck check, UserTime time, String wrongKey) {
        var message = switch (check.outcome()) {
            case USED_ALREADY -> field.getTranslation("mfa.code.usedAlready");
            case TOO_MANY_WRONG -> field.getTranslation("mfa.code.tooMany",
                    time.dateTime(check.refusedUntil() == null ? Instant.now() : check.refusedUntil()));
            default -> field.getTranslation(wrongKey);
        };
        field.setErrorMessage(message);
        field.setInvalid(true);
        field.focus();
    }
}
