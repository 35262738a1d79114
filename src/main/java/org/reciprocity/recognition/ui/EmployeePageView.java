package org.reciprocity.recognition.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.reciprocity.people.Directory;
import org.reciprocity.people.EmployeeDetails;
import org.reciprocity.recognition.RecognitionService;
import org.reciprocity.recognition.ValueCount;
import org.reciprocity.security.CurrentUser;
import org.reciprocity.shared.ui.ViewHeader;
import org.reciprocity.shared.ui.TranslationMark;

/**
 * An employee's page: the recognitions they received (private ones too for themselves, their manager and the
 * giver) and their values profile — how often each value was named — as bars with the numbers beside them.
 */
@Route("people/:id")
@PermitAll
class EmployeePageView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final Directory directory;
    private final RecognitionService recognitions;
    private final CardFactory cards;
    private final @Nullable Long me;
    private String title = "";
    @Nullable CardFeed feed;
    final UnorderedList profile = new UnorderedList();

    EmployeePageView(Directory directory, RecognitionService recognitions, CardFactory cards,
                     CurrentUser currentUser) {
        this.directory = directory;
        this.recognitions = recognitions;
        this.cards = cards;
        this.me = currentUser.require().employeeId();
        addClassNames("view", "recognition-person-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id");
        var person = id.flatMap(directory::find);
        if (person.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(person.get());
    }

    private void show(EmployeeDetails person) {
        removeAll();
        title = person.fullName();
        var header = new ViewHeader(person.fullName()).withLead(getTranslation("recognition.person.lead",
                person.jobTitle(), person.department().name(), person.location().name()));
        if (me != null && me != person.id()) {
            var give = new Button(getTranslation("recognition.person.give", person.fullName()),
                    VaadinIcon.HEART.create(), e -> UI.getCurrent().navigate(GiveRecognitionView.class,
                    QueryParameters.of("to", Long.toString(person.id()))));
            give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.addAction(give);
        }
        add(header);

        add(new H2(getTranslation("recognition.person.profile")));
        showProfile(recognitions.valuesProfile(person.id()));
        add(profile);

        add(new H2(getTranslation("recognition.person.received")));
        feed = new CardFeed((after, limit) -> recognitions.receivedBy(person.id(), after, limit),
                card -> cards.create(card, me != null), getTranslation("recognition.person.empty"));
        add(feed);
    }

    private void showProfile(List<ValueCount> counts) {
        profile.removeAll();
        profile.addClassName("recognition-profile");
        profile.getElement().setAttribute("aria-label", getTranslation("recognition.person.profile"));
        var max = counts.stream().mapToLong(ValueCount::count).max().orElse(0);
        for (var count : counts) {
            var shown = count.value().in(getLocale());
            var name = TranslationMark.inItsLanguage(new Span(shown.text().name()), shown);
            if (shown.fallback()) {
                name.add(TranslationMark.tag(this, shown));
            }
            name.addClassName("recognition-profile-name");
            var bar = new Div();
            bar.addClassName("recognition-profile-bar");
            bar.getStyle().set("width", max == 0 ? "0" : (count.count() * 100 / max) + "%");
            var track = new Div(bar);
            track.addClassName("recognition-profile-track");
            track.getElement().setAttribute("aria-hidden", "true");
            var number = new Span(Long.toString(count.count()));
            number.addClassName("recognition-profile-count");
            profile.add(new ListItem(name, track, number));
        }
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("recognition.person.title") : title;
    }
}
