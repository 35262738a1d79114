package org.reciprocity.culture.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.reciprocity.culture.ServiceValue;
import org.reciprocity.culture.Vision;
import org.reciprocity.culture.VisionService;
import org.reciprocity.security.CurrentUser;
import org.reciprocity.security.Role;
import org.reciprocity.shared.ui.Notices;
import org.reciprocity.shared.ui.TranslationMark;
import org.reciprocity.shared.ui.UserTime;
import org.reciprocity.shared.ui.ViewHeader;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Why we do this: the service vision and values. Every employee reads the current version and confirms it;
 * HR and admin can edit it and see who has not read it yet. The start page until the board arrives.
 */
@Route("vision")
@PermitAll
@Menu(title = "nav.vision", order = 10, icon = "vaadin:lightbulb")
class VisionView extends Main implements HasDynamicTitle {

    private final VisionService visions;
    private final UserTime time;
    private final Div acknowledgement = new Div();

    VisionView(VisionService visions, CurrentUser currentUser, UserTime time) {
        this.visions = visions;
        this.time = time;
        addClassName("view");
        var user = currentUser.require();
        var keeper = user.hasRole(Role.HR) || user.hasRole(Role.ADMIN);

        var header = new ViewHeader(getTranslation("vision.title")).withLead(getTranslation("vision.lead"));
        add(header);
        var current = visions.current();
        if (keeper) {
            var edit = new Button(getTranslation(current.isPresent() ? "vision.edit" : "vision.writeFirst"),
                    VaadinIcon.EDIT.create(), e -> UI.getCurrent().navigate(VisionEditorView.class));
            header.addAction(edit);
            if (current.isPresent()) {
                var pending = visions.countNotAcknowledged();
                header.addAction(new Button(getTranslation("vision.pending.button", pending),
                        VaadinIcon.USERS.create(), e -> UI.getCurrent().navigate(PendingAcknowledgementsView.class)));
            }
        }
        if (current.isEmpty()) {
            var empty = new Div(new Span(getTranslation("vision.empty")));
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        var vision = current.get();
        var shown = vision.statement(getLocale());
        var statement = TranslationMark.inItsLanguage(new Paragraph(shown.text()), shown);
        statement.addClassName("vision-statement");
        add(statement);
        if (shown.fallback()) {
            add(TranslationMark.note(this, shown));
        }
        var meta = new Paragraph(getTranslation("vision.meta", vision.version(), time.date(vision.publishedAt()),
                vision.publishedBy()));
        meta.addClassName("muted");
        add(meta, new H2(getTranslation("vision.values")), valueCards(vision));
        if (user.employeeId() != null) {
            acknowledgement.addClassName("ack-panel");
            showAcknowledgement(vision, visions.myAcknowledgement().orElse(null));
            add(acknowledgement);
        }
    }

    private Div valueCards(Vision vision) {
        var cards = new Div();
        cards.addClassName("value-cards");
        for (ServiceValue value : vision.values()) {
            var shown = value.in(getLocale());
            var card = TranslationMark.inItsLanguage(new Div(new H3(shown.text().name()),
                    new Paragraph(shown.text().description())), shown);
            card.addClassName("value-card");
            if (shown.fallback()) {
                card.add(TranslationMark.note(this, shown));
            }
            cards.add(card);
        }
        return cards;
    }

    private void showAcknowledgement(Vision vision, @Nullable Instant acknowledgedAt) {
        acknowledgement.removeAll();
        if (acknowledgedAt != null) {
            var done = new Span(getTranslation("vision.ack.done", vision.version(), time.date(acknowledgedAt)));
            done.addClassNames("badge", "success");
            acknowledgement.add(VaadinIcon.CHECK_CIRCLE.create(), done);
            return;
        }
        var confirm = new Button(getTranslation("vision.ack.button"), VaadinIcon.CHECK.create(), e -> {
            try {
                showAcknowledgement(vision, visions.acknowledge(vision.version()));
                Notices.success(getTranslation("vision.ack.thanks"));
            } catch (OptimisticLockingFailureException ex) {
                Notices.error(getTranslation("vision.ack.outdated"));
                UI.getCurrent().getPage().reload();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        acknowledgement.add(new Span(getTranslation("vision.ack.ask")), confirm);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("vision.title");
    }
}
