package org.reciprocity.security.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import java.util.EnumSet;
import java.util.Set;
import org.reciprocity.security.Role;

/**
 * The roles of an account as checkboxes. A manager and an HR person are employees too: choosing either ticks
 * "Employee" and keeps it ticked.
 */
class RolesField extends CheckboxGroup<Role> {

    RolesField() {
        setLabel(getTranslation("admin.account.roles"));
        setHelperText(getTranslation("admin.account.roles.help"));
        setItems(Role.values());
        setItemLabelGenerator(r -> getTranslation(r.translationKey()));
        addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        setRequiredIndicatorVisible(true);
        setItemEnabledProvider(this::enabled);
        addValueChangeListener(e -> {
            if (impliesEmployee(e.getValue()) && !e.getValue().contains(Role.EMPLOYEE)) {
                var value = EnumSet.copyOf(e.getValue());
                value.add(Role.EMPLOYEE);
                setValue(value);
            }
            setItemEnabledProvider(this::enabled); // re-evaluates which boxes are enabled
            setInvalid(false);
        });
    }

    private boolean enabled(Role role) {
        return role != Role.EMPLOYEE || !impliesEmployee(getValue());
    }

    private static boolean impliesEmployee(Set<Role> roles) {
        return roles.contains(Role.MANAGER) || roles.contains(Role.HR);
    }
}
