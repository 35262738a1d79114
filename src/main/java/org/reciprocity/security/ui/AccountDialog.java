package org.reciprocity.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import jakarta.validation.ConstraintViolationException;
import org.reciprocity.security.AccountChange;
import org.reciprocity.security.AccountException;
import org.reciprocity.security.AccountService;
import org.reciprocity.security.AccountSummary;
import org.reciprocity.security.SecondFactorService;
import org.reciprocity.shared.ui.Notices;
import org.reciprocity.shared.ui.UserTime;
import org.springframework.dao.OptimisticLockingFailureException;

/** One account: change its roles, stop or allow its sign-in, reset its password or its second factor. */
class AccountDialog extends Dialog {

    private final AccountService accounts;
    private final AccountSummary account;
    private final Runnable onChanged;

    final RolesField roles = new RolesField();
    final Button save = new Button();
    final Button resetPassword = new Button();
    final Button toggle = new Button();

    final SecondFactorSection secondFactor;

    AccountDialog(AccountService accounts, SecondFactorService secondFactors, UserTime time, AccountSummary account,
                  boolean self, Runnable onChanged) {
        this.accounts = accounts;
        this.account = account;
        this.onChanged = onChanged;
        setHeaderTitle(account.username());
        setWidth("min(32rem, 100vw)");

        var who = new Paragraph(account.employeeName() == null ? getTranslation("admin.account.technical")
                : getTranslation("admin.account.of", account.employeeName()));
        who.addClassName("muted");
        var state = new Paragraph(getTranslation(account.enabled() ? "admin.account.state.enabled"
                : "admin.account.state.disabled"));
        state.addClassNames("badge", account.enabled() ? "success" : "error");
        roles.setValue(account.roles());
        secondFactor = new SecondFactorSection(secondFactors, time, account, self, () -> {
            close();
            onChanged.run();
        });
        add(who, state, roles, secondFactor);

        resetPassword.setText(getTranslation("admin.password.reset"));
        resetPassword.setIcon(VaadinIcon.KEY.create());
        resetPassword.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        resetPassword.addClickListener(e -> {
            close();
            new PasswordResetDialog(accounts, account, onChanged).open();
        });
        toggle.setText(getTranslation(account.enabled() ? "admin.account.disable" : "admin.account.enable"));
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (account.enabled()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        toggle.addClickListener(e -> confirmToggle());
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveRoles());
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(toggle, resetPassword, cancel, save);
    }

    void saveRoles() {
        try {
            accounts.change(new AccountChange(account.id(), account.version(), roles.getValue(), account.enabled()));
            Notices.success(getTranslation("admin.account.saved", account.username()));
            close();
            onChanged.run();
        } catch (AccountException e) {
            roles.setErrorMessage(getTranslation(e.messageKey()));
            roles.setInvalid(true);
        } catch (ConstraintViolationException e) {
            roles.setErrorMessage(getTranslation("account.roles.required"));
            roles.setInvalid(true);
        } catch (OptimisticLockingFailureException e) {
            Notices.error(getTranslation("error.conflict"));
        }
    }

    private void confirmToggle() {
        var disabling = account.enabled();
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation(disabling ? "admin.account.disable.title" : "admin.account.enable.title",
                account.username()));
        confirm.setText(getTranslation(disabling ? "admin.account.disable.text" : "admin.account.enable.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation(disabling ? "admin.account.disable" : "admin.account.enable"));
        if (disabling) {
            confirm.setConfirmButtonTheme("error primary");
        }
        confirm.addConfirmListener(e -> toggle());
        confirm.open();
    }

    void toggle() {
        try {
            accounts.enable(account.id(), account.version(), !account.enabled());
            Notices.success(getTranslation(account.enabled() ? "admin.account.disabled" : "admin.account.enabled",
                    account.username()));
            close();
            onChanged.run();
        } catch (AccountException e) {
            Notices.error(getTranslation(e.messageKey()));
        } catch (OptimisticLockingFailureException e) {
            Notices.error(getTranslation("error.conflict"));
        }
    }
}
