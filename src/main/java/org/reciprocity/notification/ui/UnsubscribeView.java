package org.reciprocity.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import org.reciprocity.notification.Unsubscription;
import org.reciprocity.notification.UnsubscribeService;
import org.reciprocity.security.CurrentUser;
import org.reciprocity.shared.CompanySettings;
import org.reciprocity.shared.ui.PublicHeader;

/**
 * The page behind an e-mail's unsubscribe link, for anyone who opens it (on a phone, not signed in): it says in plain
 * words what the link stops and stops it only on the button, since mail scanners open every link. Afterwards it
 * offers to undo, and employees a way to their settings. A link that is not ours, or none, and one that expired each
 * get a plain answer. Laid out as the other public pages (the "Tell us" pages' header and column).
 */
@Route(value = UnsubscribeService.PAGE, autoLayout = false)
@AnonymousAllowed
class UnsubscribeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final UnsubscribeService unsubscribing;
    private final H1 title = new H1();
    private final Div card = new Div();
    final Paragraph what = new Paragraph();
    final Paragraph outcome = new Paragraph();
    final Button unsubscribe = new Button();
    final Button undo = new Button();
    private String token = "";
    private @Nullable Unsubscription done;

    UnsubscribeView(UnsubscribeService unsubscribing, CurrentUser currentUser, CompanySettings company) {
        this.unsubscribing = unsubscribing;
        addClassName("reporting-page");
        var content = new Div(title, card);
        content.addClassName("reporting-content");
        card.addClassName("unsubscribe-card");
        what.addClassName("unsubscribe-what");
        outcome.addClassName("unsubscribe-outcome");
        outcome.getElement().setAttribute("role", "status");
        unsubscribe.setText(getTranslation("notification.unsubscribe.button"));
        unsubscribe.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        unsubscribe.addClickListener(e -> unsubscribe());
        undo.setText(getTranslation("notification.unsubscribe.undo"));
        undo.addClickListener(e -> undo());
        add(new PublicHeader(company.name(), currentUser.get().isPresent()).skipTo(content), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        done = null;
        offer(unsubscribing.read(token), null);
    }

    /** What the link stops and the button; {@code notice} says what just happened, if anything. */
    private void offer(Unsubscription link, @Nullable String notice) {
        card.removeAll();
        if (!link.valid()) {
            refuse(link);
            return;
        }
        title.setText(getTranslation("notification.unsubscribe.title"));
        what.setText(words("notification.unsubscribe.what", link));
        var lead = new Paragraph(getTranslation("notification.unsubscribe.lead"));
        var still = new Paragraph(words("notification.unsubscribe.still", link));
        still.addClassName("unsubscribe-still");
        card.add(lead, what);
        if (link.category() != null) {
            var help = new Paragraph(getTranslation(categoryKey(link) + ".help"));
            help.addClassName("unsubscribe-help");
            card.add(help);
        }
        card.add(still);
        if (notice != null) {
            outcome.setText(notice);
            card.add(outcome);
        }
        card.add(actions(unsubscribe));
    }

    void unsubscribe() {
        var result = unsubscribing.unsubscribe(token);
        if (!result.valid()) {
            card.removeAll();
            refuse(result);
            return;
        }
        done = result;
        card.removeAll();
        title.setText(getTranslation("notification.unsubscribe.done.title"));
        outcome.setText(words(result.changed() ? "notification.unsubscribe.done" : "notification.unsubscribe.already",
                result));
        card.add(outcome);
        var actions = result.changed() ? actions(undo) : actions();
        if (result.forReport()) {
            actions.add(link("tell/status", "notification.unsubscribe.checkReport"));
        } else {
            actions.add(link(NotificationSettingsView.ROUTE, "notification.unsubscribe.settings"));
        }
        card.add(actions);
    }

    void undo() {
        var previous = done;
        if (previous == null) {
            return;
        }
        done = null;
        var restored = unsubscribing.undo(token, previous);
        offer(unsubscribing.read(token), words(restored ? "notification.unsubscribe.undone"
                : "notification.unsubscribe.notUndone", previous));
    }

    /** A link that is not ours (or no link) and one that expired: what happened and what to do instead. */
    private void refuse(Unsubscription link) {
        var expired = link.validity() == Unsubscription.Validity.EXPIRED;
        title.setText(getTranslation(expired ? "notification.unsubscribe.expired.title"
                : "notification.unsubscribe.forged.title"));
        outcome.setText(getTranslation(expired ? "notification.unsubscribe.expired.text"
                : "notification.unsubscribe.forged.text"));
        card.add(outcome, actions(link(NotificationSettingsView.ROUTE, "notification.unsubscribe.settings")));
    }

    /**
     * The sentence {@code key} for this link: {@code key.report}, or {@code key.category} with the category's label
     * from the settings page ("E-mail about “Recognition”").
     */
    private String words(String key, Unsubscription link) {
        return link.forReport() ? getTranslation(key + ".report")
                : getTranslation(key + ".category", getTranslation(categoryKey(link)));
    }

    private static String categoryKey(Unsubscription link) {
        var category = link.category();
        return "notification.category." + (category == null ? "" : category.name());
    }

    private Anchor link(String route, String key) {
        var anchor = new Anchor(route, getTranslation(key));
        anchor.addClassName("unsubscribe-link");
        return anchor;
    }

    private static Div actions(Component... parts) {
        var actions = new Div(parts);
        actions.addClassName("unsubscribe-actions");
        return actions;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.unsubscribe.title");
    }
}
