package org.reciprocity.recognition;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.reciprocity.shared.Signals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The {@link LiveBoard}: a new public entry becomes a signal on {@value #CHANNEL} when its transaction commits, one
 * taken off the board a signal on {@value #WITHDRAWN_CHANNEL}, and every node tells its own subscribers. The signal carries the entry's id only; each subscriber reads the entry
 * where its {@code deliver} runs it — a view's UI, as the person who looks at it — and only if it is public as
 * stored, so a private one can never travel this way.
 */
@Component
class BoardBroadcaster implements LiveBoard {

    static final String CHANNEL = "board";
    static final String WITHDRAWN_CHANNEL = "board_withdrawn";
    private static final Logger log = LoggerFactory.getLogger(BoardBroadcaster.class);

    private record Subscriber(Consumer<RecognitionCard> onEntry, LongConsumer onWithdrawn, Executor deliver) {
    }

    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final RecognitionCards cards;
    private final Signals signals;

    BoardBroadcaster(RecognitionCards cards, Signals signals) {
        this.cards = cards;
        this.signals = signals;
        signals.listen(CHANNEL, payload -> heard(payload, this::tell));
        signals.listen(WITHDRAWN_CHANNEL, payload -> heard(payload, (subscriber, id) -> subscriber.onWithdrawn()
                .accept(id)));
    }

    @Override
    public Subscription subscribe(Consumer<RecognitionCard> onEntry, LongConsumer onWithdrawn, Executor deliver) {
        var subscriber = new Subscriber(onEntry, onWithdrawn, deliver);
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    int subscriberCount() {
        return subscribers.size();
    }

    /*
     * In the recording transaction: the signal leaves when it commits, never for an entry that was rolled back.
     * A plain listener, not a FeatureEventListener: it records nothing, so the registry need not keep the event.
     */
    @EventListener
    void on(RecognitionGiven event) {
        if (event.visibility() == Visibility.PUBLIC) {
            signals.send(CHANNEL, Long.toString(event.recognitionId()));
        }
    }

    /** In the withdrawing transaction, like {@link #on(RecognitionGiven)}: screens drop the entry once it is gone. */
    @EventListener
    void on(RecognitionWithdrawn event) {
        signals.send(WITHDRAWN_CHANNEL, Long.toString(event.recognitionId()));
    }

    private void heard(String payload, BiConsumer<Subscriber, Long> telling) {
        long id;
        try {
            id = Long.parseLong(payload);
        } catch (NumberFormatException e) {
            log.warn("Not an entry id on the board channel: {}", payload);
            return;
        }
        for (var subscriber : subscribers) {
            try {
                subscriber.deliver().execute(() -> telling.accept(subscriber, id));
            } catch (RuntimeException e) {
                // a closed UI refuses access: it will unsubscribe on detach; the others still hear about it
                log.debug("A board could not be told about entry {}", id, e);
            }
        }
    }

    private void tell(Subscriber subscriber, long id) {
        cards.load(List.of(id), RecognitionQueries.Viewer.NOBODY).stream()
                .filter(card -> card.visibility() == Visibility.PUBLIC) // as stored, not only as announced
                .forEach(subscriber.onEntry());
    }
}
