package org.reciprocity.recognition.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.reciprocity.culture.ServiceValue;
import org.reciprocity.culture.VisionService;
import org.reciprocity.people.DepartmentRef;
import org.reciprocity.people.Directory;
import org.reciprocity.people.LocationRef;
import org.reciprocity.recognition.BoardFilter;
import org.reciprocity.recognition.LiveBoard;
import org.reciprocity.recognition.RecognitionCard;
import org.reciprocity.recognition.RecognitionService;
import org.reciprocity.recognition.Source;
import org.reciprocity.security.CurrentUser;
import org.reciprocity.shared.ui.CollapsibleFilters;
import org.reciprocity.shared.ui.HomeNotice;
import org.reciprocity.shared.ui.ViewHeader;
import org.reciprocity.shared.ui.TranslationMark;
import org.springframework.security.access.AccessDeniedException;

/**
 * The board, the portal's home page: public recognitions and customer praise, newest first, filtered by
 * department, location, value, period and source. New entries arrive while it is open; they wait above the
 * list behind a "N new" button so that nothing moves under the reader's eyes.
 */
@Route("")
@PermitAll
@Menu(title = "nav.board", order = 0, icon = "vaadin:heart")
class BoardView extends Main implements HasDynamicTitle {

    /** How far back the period filter looks. */
    enum Period {
        ANY(null), WEEK(Duration.ofDays(7)), MONTH(Duration.ofDays(30)), QUARTER(Duration.ofDays(91)),
        YEAR(Duration.ofDays(365));

        final @Nullable Duration length;

        Period(@Nullable Duration length) {
            this.length = length;
        }
    }

    private final RecognitionService recognitions;
    private final LiveBoard liveBoard;
    private final Clock clock;
    final ComboBox<DepartmentRef> department = new ComboBox<>();
    final ComboBox<LocationRef> location = new ComboBox<>();
    final ComboBox<ServiceValue> value = new ComboBox<>();
    final Select<Period> period = new Select<>();
    final Select<Source> source = new Select<>();
    final Button newEntries = new Button();
    final CollapsibleFilters filters;
    final CardFeed feed;
    private final List<RecognitionCard> waiting = new ArrayList<>();
    private BoardFilter filter = BoardFilter.ALL;
    private @Nullable Registration live;

    BoardView(RecognitionService recognitions, LiveBoard liveBoard, CardFactory cards, Directory directory,
              VisionService vision, CurrentUser currentUser, Clock clock, List<HomeNotice> notices) {
        this.recognitions = recognitions;
        this.liveBoard = liveBoard;
        this.clock = clock;
        addClassNames("view", "recognition-board");
        var canGive = currentUser.require().employeeId() != null;

        var header = new ViewHeader(getTranslation("recognition.board.title"))
                .withLead(getTranslation("recognition.board.lead"));
        if (canGive) {
            var give = new Button(getTranslation("recognition.give.button"), VaadinIcon.HEART.create(),
                    e -> UI.getCurrent().navigate(GiveRecognitionView.class));
            give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.addAction(give);
        }
        var tv = new Button(getTranslation("recognition.board.tv"), VaadinIcon.DESKTOP.create(),
                e -> UI.getCurrent().navigate(TvBoardView.class));
        tv.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        header.addAction(tv);
        add(header);
        add(homeNotices(notices));

        department.setLabel(getTranslation("recognition.filter.department"));
        department.setItems(directory.departments());
        department.setItemLabelGenerator(DepartmentRef::name);
        location.setLabel(getTranslation("recognition.filter.location"));
        location.setItems(directory.locations());
        location.setItemLabelGenerator(LocationRef::name);
        value.setLabel(getTranslation("recognition.filter.value"));
        value.setItems(vision.activeValues());
        value.setItemLabelGenerator(v -> valueLabel(v));
        for (var box : List.of(department, location, value)) {
            box.setClearButtonVisible(true);
            box.setPlaceholder(getTranslation("recognition.filter.any"));
        }
        period.setLabel(getTranslation("recognition.filter.period"));
        period.setItems(Period.values());
        period.setItemLabelGenerator(p -> getTranslation(Keys.period(p)));
        period.setValue(Period.ANY);
        source.setLabel(getTranslation("recognition.filter.source"));
        source.setItems(Source.values());
        source.setEmptySelectionAllowed(true);
        source.setEmptySelectionCaption(getTranslation("recognition.filter.anySource"));
        source.setItemLabelGenerator(s -> s == null ? getTranslation("recognition.filter.anySource")
                : getTranslation(Keys.source(s)));
        filters = new CollapsibleFilters(department, location, value, period, source);
        department.addValueChangeListener(e -> applyFilters());
        location.addValueChangeListener(e -> applyFilters());
        value.addValueChangeListener(e -> applyFilters());
        period.addValueChangeListener(e -> applyFilters());
        source.addValueChangeListener(e -> applyFilters());
        add(filters);

        newEntries.addClassName("recognition-new-pill");
        newEntries.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        newEntries.setIcon(VaadinIcon.ARROW_UP.create());
        newEntries.setVisible(false);
        newEntries.addClickListener(e -> showWaiting());
        var pillHolder = new Div(newEntries);
        pillHolder.addClassName("recognition-new-holder");
        pillHolder.getElement().setAttribute("role", "status");
        pillHolder.getElement().setAttribute("aria-live", "polite");
        add(pillHolder);

        feed = new CardFeed((after, limit) -> recognitions.board(filter, after, limit),
                card -> cards.create(card, canGive), getTranslation("recognition.board.empty"));
        add(feed);
    }

    private Div homeNotices(List<HomeNotice> notices) {
        var holder = new Div();
        holder.addClassName("recognition-notices");
        for (var notice : notices) {
            try {
                notice.current().ifPresent(n -> {
                    var item = new Div(VaadinIcon.INFO_CIRCLE.create(), new Span(n.message()));
                    var link = new Anchor(n.route(), n.action());
                    link.getElement().setAttribute("router-link", true);
                    item.add(link);
                    item.addClassName("recognition-notice");
                    holder.add(item);
                });
            } catch (AccessDeniedException ignored) {
                // a notice for other roles
            }
        }
        holder.setVisible(holder.getComponentCount() > 0);
        return holder;
    }

    private void applyFilters() {
        var p = period.getValue() == null ? Period.ANY : period.getValue();
        filter = new BoardFilter(department.getValue() == null ? null : department.getValue().id(),
                location.getValue() == null ? null : location.getValue().id(),
                value.getValue() == null ? null : value.getValue().id(),
                p.length == null ? null : clock.instant().minus(p.length), source.getValue());
        filters.setActiveCount((int) Stream.of(filter.departmentId(), filter.locationId(), filter.valueId(),
                filter.since(), filter.source()).filter(Objects::nonNull).count());
        waiting.clear();
        newEntries.setVisible(false);
        feed.reload();
    }

    /** A new public entry arrived (in this UI's lock): it waits above the list until the reader asks. */
    void arrived(RecognitionCard card) {
        if (!card.matches(filter) || feed.shows(card.id()) || waiting.stream().anyMatch(c -> c.id() == card.id())) {
            return;
        }
        waiting.addFirst(card);
        newEntries.setText(getTranslation("recognition.board.new", waiting.size()));
        newEntries.setVisible(true);
    }

    /** An entry left the board (HR took customer praise off it): it goes from the list and from what waits. */
    void withdrawn(long id) {
        feed.remove(id);
        if (waiting.removeIf(c -> c.id() == id)) {
            newEntries.setText(getTranslation("recognition.board.new", waiting.size()));
            newEntries.setVisible(!waiting.isEmpty());
        }
    }

    void showWaiting() {
        feed.prepend(List.copyOf(waiting));
        waiting.clear();
        newEntries.setVisible(false);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var ui = event.getUI();
        var subscription = liveBoard.subscribe(this::arrived, this::withdrawn, command -> ui.access(command::run));
        live = subscription::cancel;
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (live != null) {
            live.remove();
            live = null;
        }
    }

    private String valueLabel(ServiceValue value) {
        var shown = value.in(getLocale());
        return TranslationMark.label(this, shown.text().name(), shown);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recognition.board.title");
    }
}
