package org.reciprocity.notification.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.virtuallist.VirtualList;
import java.util.function.Consumer;
import org.reciprocity.notification.NotificationLine;
import org.reciprocity.notification.NotificationService;
import org.reciprocity.shared.ui.UserTime;

/** The bell's open list: newest first, fetched a page at a time; mark all read; the way to the settings. */
class BellList extends Composite<Div> {

    private final NotificationService notifications;
    private final UserTime time;
    private final Consumer<String> open;

    BellList(NotificationService notifications, UserTime time, Consumer<String> open, Runnable changed) {
        this.notifications = notifications;
        this.time = time;
        this.open = open;
        var root = getContent();
        root.addClassName("bell-list");
        var title = new H2(getTranslation("notification.bell.title"));
        title.addClassName("bell-list-title");
        var header = new Div(title);
        header.addClassName("bell-list-header");
        root.add(header);

        var total = notifications.count();
        if (total == 0) {
            root.add(new Paragraph(getTranslation("notification.bell.empty")));
        } else {
            var list = new VirtualList<NotificationLine>();
            list.addClassName("bell-list-items");
            list.getElement().setAttribute("aria-label", getTranslation("notification.bell.title"));
            list.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::item));
            var locale = getLocale();
            list.setDataProvider(com.vaadin.flow.data.provider.DataProvider.<NotificationLine>fromCallbacks(
                    query -> notifications.newest(query.getOffset(), query.getLimit(), locale).stream(),
                    query -> (int) Math.min(Integer.MAX_VALUE, total))); // as opened: a list that grows while read would shift its pages
            var markAll = new Button(getTranslation("notification.bell.markAllRead"), e -> {
                notifications.markAllRead();
                list.getDataProvider().refreshAll();
                changed.run();
            });
            markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            header.add(markAll);
            root.add(list);
        }
        var settings = new Button(getTranslation("notification.bell.settings"),
                e -> open.accept(NotificationSettingsView.ROUTE));
        settings.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        settings.addClassName("bell-list-settings");
        root.add(settings);
    }

    private Button item(NotificationLine line) {
        var text = new Span(line.text());
        text.addClassName("bell-item-text");
        var when = new Span(time.dateTime(line.createdAt()));
        when.addClassName("bell-item-time");
        var body = new Div(text, when);
        var item = new Button(body, e -> {
            notifications.open(line.id(), getLocale());
            open.accept(line.route());
        });
        item.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        item.addClassName("bell-item");
        if (!line.read()) {
            item.addClassName("unread");
            item.setAriaLabel(getTranslation("notification.bell.item.unread", line.text()));
        }
        return item;
    }
}
