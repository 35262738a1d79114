package org.reciprocity.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.reciprocity.security.AccountCandidate;
import org.reciprocity.security.AccountService;
import org.reciprocity.security.NewAccount;
import org.reciprocity.security.Role;
import org.reciprocity.shared.ui.Notices;
import org.reciprocity.shared.ui.Violations;

/** Opens an account for an employee of the directory (or a technical administrator without one). */
class NewAccountDialog extends Dialog {

    private final AccountService accounts;
    private final Runnable onOpened;

    final ComboBox<AccountCandidate> employee = new ComboBox<>();
    final TextField username = new TextField();
    final PasswordField password = new PasswordField();
    final RolesField roles = new RolesField();
    final Button open = new Button();

    NewAccountDialog(AccountService accounts, Runnable onOpened) {
        this.accounts = accounts;
        this.onOpened = onOpened;
        setHeaderTitle(getTranslation("admin.account.new"));
        setWidth("min(36rem, 100vw)");

        employee.setLabel(getTranslation("admin.account.employee"));
        employee.setHelperText(getTranslation("admin.account.employee.help"));
        employee.setItems(query -> accounts.candidates(query.getFilter().orElse(""),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        employee.setItemLabelGenerator(c -> c.hasAccount()
                ? getTranslation("admin.account.employee.hasAccount", c.name(), c.email())
                : c.name() + " · " + c.email());
        employee.setClearButtonVisible(true);
        employee.addValueChangeListener(e -> {
            employee.setInvalid(false);
            if (e.getValue() != null && username.isEmpty()) {
                username.setValue(suggestedUsername(e.getValue().email()));
            }
            if (e.getValue() != null && roles.isEmpty()) {
                roles.setValue(Set.of(Role.EMPLOYEE)); // most accounts are just that
            }
        });

        username.setLabel(getTranslation("admin.account.username"));
        username.setHelperText(getTranslation("admin.account.username.help"));
        username.setMaxLength(40);
        username.setRequiredIndicatorVisible(true);
        username.addValueChangeListener(e -> username.setInvalid(false));

        password.setLabel(getTranslation("admin.account.password.initial"));
        password.setHelperText(getTranslation("admin.account.password.help", NewAccount.PASSWORD_MIN));
        password.setMaxLength(NewAccount.PASSWORD_MAX);
        password.setRequiredIndicatorVisible(true);
        password.addValueChangeListener(e -> password.setInvalid(false));

        var form = new FormLayout(employee, username, password, roles);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        open.setText(getTranslation("admin.account.open"));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), open);
    }

    /** The part of the e-mail before the @, if it makes a valid username. */
    static String suggestedUsername(String email) {
        var local = email.substring(0, Math.max(0, email.indexOf('@'))).toLowerCase(Locale.ROOT);
        return local.matches(NewAccount.USERNAME_PATTERN) ? local : "";
    }

    void save() {
        var chosen = employee.getValue();
        var command = new NewAccount(username.getValue().strip().toLowerCase(Locale.ROOT), password.getValue(),
                roles.getValue(), chosen == null ? null : chosen.employeeId());
        Violations.save(() -> {
            var opened = accounts.open(command);
            Notices.success(getTranslation("admin.account.opened", opened.username()));
            close();
            onOpened.run();
        }, fields(), this::getTranslation);
    }

    private Map<String, HasValidation> fields() {
        return Map.of("employee", employee, "employeeId", employee, "username", username, "password", password,
                "roles", roles);
    }
}
