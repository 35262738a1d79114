package org.reciprocity.recognition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.reciprocity.recognition.BoardCursor;
import org.reciprocity.recognition.RecognitionCard;

/**
 * A list of cards that loads a page at a time ("Show more"), newest first, from a keyset-paged service call.
 * New entries can be put on top without moving what the reader is looking at.
 */
class CardFeed extends Div {

    static final int PAGE = 20;

    private final BiFunction<@Nullable BoardCursor, Integer, List<RecognitionCard>> loader;
    private final Function<RecognitionCard, CardFactory.EntryCard> cardMaker;
    private final Div cards = new Div();
    private final Div empty = new Div();
    final Button more = new Button();
    private final Set<Long> shown = new HashSet<>();
    private @Nullable BoardCursor last;

    CardFeed(BiFunction<@Nullable BoardCursor, Integer, List<RecognitionCard>> loader,
             Function<RecognitionCard, CardFactory.EntryCard> cardMaker, String emptyText) {
        this.loader = loader;
        this.cardMaker = cardMaker;
        addClassName("recognition-feed");
        cards.addClassName("recognition-cards");
        cards.getElement().setAttribute("role", "feed");
        empty.addClassName("empty-state");
        empty.add(new Span(emptyText));
        more.setText(getTranslation("recognition.feed.more"));
        more.addClassName("recognition-more");
        more.addClickListener(e -> loadMore());
        add(empty, cards, more);
        reload();
    }

    void reload() {
        cards.removeAll();
        shown.clear();
        last = null;
        loadMore();
    }

    void loadMore() {
        var page = loader.apply(last, PAGE);
        page.forEach(card -> {
            if (shown.add(card.id())) {
                cards.add(cardMaker.apply(card));
            }
        });
        if (!page.isEmpty()) {
            last = page.getLast().cursor();
        }
        more.setVisible(page.size() == PAGE);
        empty.setVisible(shown.isEmpty());
    }

    /** Puts entries on top, newest first (they are given newest first). */
    void prepend(List<RecognitionCard> newestFirst) {
        for (var i = newestFirst.size() - 1; i >= 0; i--) {
            var card = newestFirst.get(i);
            if (shown.add(card.id())) {
                cards.addComponentAsFirst(cardMaker.apply(card));
            }
        }
        empty.setVisible(shown.isEmpty());
    }

    /** Takes an entry off the list (it left the board); true if it was shown. */
    boolean remove(long id) {
        if (!shown.remove(id)) {
            return false;
        }
        cards().stream().filter(card -> card.card.id() == id).forEach(cards::remove);
        empty.setVisible(shown.isEmpty());
        return true;
    }

    boolean shows(long id) {
        return shown.contains(id);
    }

    List<CardFactory.EntryCard> cards() {
        return cards.getChildren().filter(CardFactory.EntryCard.class::isInstance)
                .map(CardFactory.EntryCard.class::cast).toList();
    }
}
