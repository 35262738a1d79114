package org.reciprocity.recognition.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Locale;
import org.reciprocity.culture.ServiceValue;
import org.reciprocity.recognition.RecognitionCard;
import org.reciprocity.recognition.RecognitionService;
import org.reciprocity.recognition.Source;
import org.reciprocity.recognition.Visibility;
import org.reciprocity.shared.ui.UserTime;
import org.reciprocity.shared.ui.TranslationMark;

/** Makes the card of an entry: who, whom, values, story, when, source, and the applause button. */
@org.springframework.stereotype.Component
class CardFactory {

    private final RecognitionService recognitions;
    private final UserTime time;

    CardFactory(RecognitionService recognitions, UserTime time) {
        this.recognitions = recognitions;
        this.time = time;
    }

    /** @param canApplaud whether the reader has an employee record (accounts without one only read) */
    EntryCard create(RecognitionCard card, boolean canApplaud) {
        return new EntryCard(card, canApplaud);
    }

    static RouterLink personLink(RecognitionCard.Person person) {
        var link = new RouterLink(person.name(), EmployeePageView.class,
                new RouteParameters("id", Long.toString(person.id())));
        link.addClassName("recognition-person");
        return link;
    }

    /** One entry on a board, a person's page or the "received" list. */
    final class EntryCard extends Article {

        final RecognitionCard card;
        final Button applause = new Button();
        private int count;
        private boolean mine;

        EntryCard(RecognitionCard card, boolean canApplaud) {
            this.card = card;
            this.count = card.applause();
            this.mine = card.applaudedByMe();
            addClassName("recognition-card");
            addClassName("recognition-source-" + card.source().name().toLowerCase(Locale.ROOT));
            getElement().setAttribute("data-id", Long.toString(card.id()));

            var who = new Div();
            who.addClassName("recognition-who");
            who.add(giver(), new Span(" " + getTranslation("recognition.card.recognised") + " "));
            var first = true;
            for (var recipient : card.recipients()) {
                if (!first) {
                    who.add(new Span(", "));
                }
                who.add(personLink(recipient));
                first = false;
            }
            add(who);

            if (!card.values().isEmpty()) {
                var values = new Div();
                values.addClassName("recognition-values");
                card.values().forEach(v -> {
                    values.add(valueBadge(v));
                });
                add(values);
            }

            var story = new Paragraph(card.source() == Source.HR && card.story().isBlank()
                    ? getTranslation("recognition.card.dignity") : card.story());
            story.addClassName("recognition-story");
            add(story);

            var footer = new Footer();
            footer.addClassName("recognition-meta");
            var when = new Span(time.dateTime(card.createdAt()));
            when.addClassName("muted");
            var source = new Span(getTranslation(Keys.source(card.source())));
            source.addClassNames("badge", "recognition-source");
            footer.add(when, source);
            if (card.visibility() == Visibility.PRIVATE) {
                var privately = new Span(VaadinIcon.LOCK.create(), new Span(getTranslation("recognition.card.private")));
                privately.addClassNames("badge", "recognition-private");
                footer.add(privately);
            }
            var spacer = new Span();
            spacer.addClassName("recognition-spacer");
            footer.add(spacer);
            if (canApplaud) {
                applause.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                applause.addClassName("recognition-applause");
                applause.setIcon(VaadinIcon.HANDS_UP.create());
                applause.addClickListener(e -> toggle());
                footer.add(applause);
            } else {
                var counted = new Span(VaadinIcon.HANDS_UP.create(), new Span(Integer.toString(count)));
                counted.addClassNames("muted", "recognition-applause-count");
                counted.getElement().setAttribute("title", getTranslation("recognition.card.applauseCount", count));
                footer.add(counted);
            }
            add(footer);
            showApplause();
        }

        /** A value's name in the reader's language, or marked as not yet translated into it. */
        private Span valueBadge(ServiceValue value) {
            var shown = value.in(getLocale());
            var badge = TranslationMark.inItsLanguage(new Span(shown.text().name()), shown);
            badge.addClassNames("badge", "recognition-value");
            if (shown.fallback()) {
                badge.add(TranslationMark.tag(this, shown));
            }
            return badge;
        }

        private Component giver() {
            if (card.giver() != null) {
                return personLink(card.giver());
            }
            var someone = new Span(getTranslation(Keys.giverWithoutName(card.source())));
            someone.addClassName("recognition-person");
            return someone;
        }

        private void toggle() {
            var state = mine ? recognitions.takeBackApplause(card.id()) : recognitions.applaud(card.id());
            count = state.count();
            mine = state.applaudedByMe();
            showApplause();
        }

        private void showApplause() {
            applause.setText(Integer.toString(count));
            applause.getElement().setAttribute("aria-pressed", Boolean.toString(mine));
            applause.setAriaLabel(getTranslation(mine ? "recognition.card.applaud.undo" : "recognition.card.applaud",
                    count));
            applause.setTooltipText(getTranslation(mine ? "recognition.card.applaud.undo" : "recognition.card.applaud",
                    count));
            if (mine) {
                applause.addClassName("recognition-applauded");
            } else {
                applause.removeClassName("recognition-applauded");
            }
        }

        int count() {
            return count;
        }

        boolean applaudedByMe() {
            return mine;
        }
    }
}
