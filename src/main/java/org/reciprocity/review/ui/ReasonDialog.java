package org.reciprocity.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.reciprocity.review.CaseWorkflow;

/**
 * A step that needs a reason for the trail (closing without action, taking praise off the board): the reason is asked
 * here; the dialog stays open when the service refuses, with the refusal under the field.
 */
final class ReasonDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    /** @param keys the prefix of the dialog's texts: {@code .title}, {@code .reason}, {@code .reason.help} */
    ReasonDialog(String keys, String confirmText, Runnable onConfirm) {
        setHeaderTitle(getTranslation(keys + ".title"));
        setWidth("32rem");
        setMaxWidth("100%");
        reason.setLabel(getTranslation(keys + ".reason"));
        reason.setHelperText(getTranslation(keys + ".reason.help"));
        reason.setMaxLength(CaseWorkflow.REASON_MAX);
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        confirm.setText(confirmText);
        confirm.addClickListener(e -> onConfirm.run());
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("review.cancel"), e -> close());
        add(reason);
        getFooter().add(cancel, confirm);
    }

    /** Done: closed, and nothing of the reason kept. */
    void reset() {
        close();
        reason.clear();
        reason.setInvalid(false);
    }
}
