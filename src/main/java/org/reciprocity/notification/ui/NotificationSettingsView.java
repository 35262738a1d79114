package org.reciprocity.notification.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.Map;
import org.reciprocity.notification.Category;
import org.reciprocity.notification.Delivery;
import org.reciprocity.notification.NotificationService;
import org.reciprocity.shared.ui.Notices;
import org.reciprocity.shared.ui.ViewHeader;

/**
 * Each person chooses, per category that concerns them, how they hear of it: in the portal only, by e-mail at once,
 * in a daily or weekly digest, or not at all (HR's deadline alerts cannot be turned off). Saved on each choice.
 */
@Route(NotificationSettingsView.ROUTE)
@PermitAll
class NotificationSettingsView extends Main implements HasDynamicTitle {

    static final String ROUTE = "settings/notifications";

    final Map<Category, RadioButtonGroup<Delivery>> choices = new EnumMap<>(Category.class);

    NotificationSettingsView(NotificationService notifications) {
        addClassNames("view", "notification-settings");
        add(new ViewHeader(getTranslation("notification.settings.title"))
                .withLead(getTranslation("notification.settings.lead")));
        if (!notifications.emailConfigured()) {
            var off = new Paragraph(getTranslation("notification.settings.emailOff"));
            off.addClassName("notification-settings-email-off");
            add(off);
        }
        var chosen = notifications.preferences();
        if (chosen.isEmpty()) {
            var empty = new Div(new Paragraph(getTranslation("notification.settings.notEmployee")));
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        var form = new Div();
        form.addClassName("notification-settings-form");
        chosen.forEach((category, delivery) -> form.add(group(notifications, category, delivery)));
        add(form);
    }

    private RadioButtonGroup<Delivery> group(NotificationService notifications, Category category, Delivery current) {
        var group = new RadioButtonGroup<Delivery>(getTranslation(categoryKey(category)));
        group.setHelperText(getTranslation(categoryKey(category) + ".help"));
        group.setItems(category.choices());
        group.setItemLabelGenerator(d -> getTranslation(deliveryKey(d)));
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setValue(current);
        group.addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null) {
                return;
            }
            notifications.choose(category, e.getValue());
            Notices.success(getTranslation("notification.settings.saved",
                    getTranslation(categoryKey(category)),
                    getTranslation(deliveryKey(e.getValue()))));
        });
        choices.put(category, group);
        return group;
    }

    private static String categoryKey(Category category) {
        return "notification.category." + category.name();
    }

    private static String deliveryKey(Delivery delivery) {
        return "notification.delivery." + delivery.name();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.settings.title");
    }
}
