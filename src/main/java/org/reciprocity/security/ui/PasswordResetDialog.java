package org.reciprocity.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import jakarta.validation.ConstraintViolationException;
import org.reciprocity.security.AccountService;
import org.reciprocity.security.AccountSummary;
import org.reciprocity.security.NewAccount;
import org.reciprocity.shared.ui.Notices;

/** Sets a new password for someone who forgot theirs; typed twice so that a typo does not lock them out. */
class PasswordResetDialog extends Dialog {

    private final AccountService accounts;
    private final AccountSummary account;
    private final Runnable onReset;

    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button reset = new Button();

    PasswordResetDialog(AccountService accounts, AccountSummary account, Runnable onReset) {
        this.accounts = accounts;
        this.account = account;
        this.onReset = onReset;
        setHeaderTitle(getTranslation("admin.password.title", account.username()));
        setWidth("min(30rem, 100vw)");

        password.setLabel(getTranslation("admin.password.new"));
        password.setHelperText(getTranslation("admin.account.password.help", NewAccount.PASSWORD_MIN));
        password.setMaxLength(NewAccount.PASSWORD_MAX);
        password.setRequiredIndicatorVisible(true);
        repeat.setLabel(getTranslation("admin.password.repeat"));
        repeat.setMaxLength(NewAccount.PASSWORD_MAX);
        repeat.setRequiredIndicatorVisible(true);
        password.addValueChangeListener(e -> password.setInvalid(false));
        repeat.addValueChangeListener(e -> repeat.setInvalid(false));

        var form = new FormLayout(password, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new Paragraph(getTranslation("admin.password.lead")), form);

        reset.setText(getTranslation("admin.password.set"));
        reset.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reset.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), reset);
    }

    void save() {
        var length = password.getValue().length();
        if (length < NewAccount.PASSWORD_MIN || length > NewAccount.PASSWORD_MAX) {
            password.setErrorMessage(getTranslation("account.password.length"));
            password.setInvalid(true);
            return;
        }
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("admin.password.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        try {
            accounts.resetPassword(account.id(), password.getValue());
            Notices.success(getTranslation("admin.password.done", account.username()));
            close();
            onReset.run();
        } catch (ConstraintViolationException e) {
            password.setErrorMessage(getTranslation("account.password.length"));
            password.setInvalid(true);
        }
    }
}
