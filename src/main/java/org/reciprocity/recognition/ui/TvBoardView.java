package org.reciprocity.recognition.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.reciprocity.people.Directory;
import org.reciprocity.people.LocationRef;
import org.reciprocity.recognition.BoardFilter;
import org.reciprocity.recognition.LiveBoard;
import org.reciprocity.recognition.RecognitionCard;
import org.reciprocity.recognition.RecognitionService;
import org.reciprocity.shared.ui.UserTime;
import org.reciprocity.shared.ui.TranslationMark;

/**
 * The board on a screen in a shop or office ({@code board/tv?location=CODE}): no navigation, large type, one
 * recent public entry of the location at a time, the next every ten seconds; new ones join at once.
 */
@Route(value = "board/tv", autoLayout = false)
@PermitAll
class TvBoardView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final int CYCLE_MILLIS = 10_000;
    static final int RECENT = 30;

    private final RecognitionService recognitions;
    private final Directory directory;
    private final LiveBoard liveBoard;
    private final UserTime time;
    private final List<RecognitionCard> entries = new ArrayList<>();
    private final Div stage = new Div();
    private int position;
    private @Nullable LocationRef location;
    private @Nullable Registration live;
    private @Nullable Registration poll;
    @Nullable Select<LocationRef> picker;

    TvBoardView(RecognitionService recognitions, Directory directory, LiveBoard liveBoard, UserTime time) {
        this.recognitions = recognitions;
        this.directory = directory;
        this.liveBoard = liveBoard;
        this.time = time;
        addClassName("recognition-tv");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        location = event.getLocation().getQueryParameters().getSingleParameter("location")
                .flatMap(directory::locationByCode).orElse(null);
        if (location == null) {
            showPicker();
            return;
        }
        var heading = new H1(getTranslation("recognition.tv.title", location.name()));
        heading.addClassName("recognition-tv-title");
        stage.addClassName("recognition-tv-stage");
        stage.getElement().setAttribute("aria-live", "polite");
        add(heading, stage);
        entries.clear();
        entries.addAll(recognitions.board(BoardFilter.ALL.withLocation(location.id()), null, RECENT));
        position = 0;
        show();
    }

    private void showPicker() {
        var select = new Select<LocationRef>();
        select.setLabel(getTranslation("recognition.tv.location"));
        var locations = directory.locations();
        select.setItems(locations);
        select.setItemLabelGenerator(LocationRef::name);
        if (!locations.isEmpty()) {
            select.setValue(locations.getFirst()); // 'Start' with nothing chosen silently did nothing
        }
        var start = new Button(getTranslation("recognition.tv.start"), e -> {
            if (select.getValue() != null) {
                UI.getCurrent().navigate(TvBoardView.class, QueryParameters.of("location", select.getValue().code()));
            }
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        picker = select;
        var form = new Div(new H1(getTranslation("recognition.tv.choose")), select, start);
        form.addClassName("recognition-tv-picker");
        add(form);
    }

    /** Shows the entry at the current position. */
    void show() {
        stage.removeAll();
        if (entries.isEmpty()) {
            stage.add(new Paragraph(getTranslation("recognition.tv.empty")));
            return;
        }
        var card = entries.get(position % entries.size());
        var who = new Paragraph(getTranslation("recognition.tv.who", giver(card),
                card.recipients().stream().map(RecognitionCard.Person::name).collect(Collectors.joining(", "))));
        who.addClassName("recognition-tv-who");
        var story = new Paragraph(card.story());
        story.addClassName("recognition-tv-story");
        var values = new Div();
        values.addClassName("recognition-values");
        card.values().forEach(v -> {
            var shown = v.in(getLocale());
            var badge = TranslationMark.inItsLanguage(new Span(shown.text().name()), shown);
            badge.addClassNames("badge", "recognition-value");
            if (shown.fallback()) {
                badge.add(TranslationMark.tag(this, shown));
            }
            values.add(badge);
        });
        var meta = new Paragraph(time.date(card.createdAt()) + " · "
                + getTranslation(Keys.source(card.source()))
                + " · " + getTranslation("recognition.card.applauseCount", card.applause()));
        meta.addClassName("recognition-tv-meta");
        stage.add(who, values, story, meta);
    }

    private String giver(RecognitionCard card) {
        if (card.giver() != null) {
            return card.giver().name();
        }
        return getTranslation(Keys.giverWithoutName(card.source()));
    }

    /** The next entry; after the last one, the list is read again so that it stays recent. */
    void next() {
        if (location == null) {
            return;
        }
        position++;
        if (position >= entries.size()) {
            position = 0;
            entries.clear();
            entries.addAll(recognitions.board(BoardFilter.ALL.withLocation(location.id()), null, RECENT));
        }
        show();
    }

    /** A new public entry: shown at once if it belongs to this location. */
    void arrived(RecognitionCard card) {
        if (location == null || !card.matches(BoardFilter.ALL.withLocation(location.id()))
                || entries.stream().anyMatch(c -> c.id() == card.id())) {
            return;
        }
        entries.addFirst(card);
        position = 0;
        show();
    }

    /** An entry left the board: it is not shown again, and if it is on the screen now the next one takes its place. */
    void withdrawn(long id) {
        var index = -1;
        for (var i = 0; i < entries.size(); i++) {
            if (entries.get(i).id() == id) {
                index = i;
            }
        }
        if (index < 0) {
            return;
        }
        var current = entries.isEmpty() ? 0 : position % entries.size();
        entries.remove(index);
        position = index < current ? current - 1 : current;
        show();
    }

    String shownStory() {
        return entries.isEmpty() ? "" : entries.get(position % entries.size()).story();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var ui = event.getUI();
        ui.setPollInterval(CYCLE_MILLIS);
        poll = ui.addPollListener(e -> next());
        var subscription = liveBoard.subscribe(this::arrived, this::withdrawn, command -> ui.access(command::run));
        live = subscription::cancel;
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (poll != null) {
            poll.remove();
        }
        if (live != null) {
            live.remove();
        }
    }

    @Override
    public String getPageTitle() {
        return location == null ? getTranslation("recognition.tv.choose")
                : getTranslation("recognition.tv.title", location.name());
    }
}
