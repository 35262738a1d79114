package org.reciprocity.recognition;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.reciprocity.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The {@link LiveBoard}: tells every subscriber about a new public entry after it was committed. The entry is read
 * here, in this module, once for all subscribers and as nobody's view, so a private one can never travel this way
 * and no subscriber needs a role to receive it.
 */
@Component
class BoardBroadcaster implements LiveBoard {

    private static final Logger log = LoggerFactory.getLogger(BoardBroadcaster.class);

    private record Subscriber(Consumer<RecognitionCard> onEntry, Executor deliver) {
    }

    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final RecognitionCards cards;
    private final CurrentUser currentUser;

    BoardBroadcaster(RecognitionCards cards, CurrentUser currentUser) {
        this.cards = cards;
        this.currentUser = currentUser;
    }

    @Override
    public Subscription subscribe(Consumer<RecognitionCard> onEntry, Executor deliver) {
        var subscriber = new Subscriber(onEntry, deliver);
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    int subscriberCount() {
        return subscribers.size();
    }

    /*
     * Not a FeatureEventListener: this module hears its own event and only reads. After the commit, so that no
     * board shows an entry that was rolled back; in a read-only transaction of its own, as the entry's is over;
     * fallbackExecution: an entry announced outside any transaction is already durable, so it is told at once
     * rather than never. On the publisher's thread: the names on the card are read as the person whose action
     * recorded the entry. With nobody signed in (the registry publishing again just after a restart) nobody is told
     * live; a board shows the entry when it next loads.
     */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    void on(RecognitionGiven event) {
        if (event.visibility() != Visibility.PUBLIC || subscribers.isEmpty() || currentUser.get().isEmpty()) {
            return;
        }
        cards.load(List.of(event.recognitionId()), RecognitionQueries.Viewer.NOBODY).stream()
                .filter(card -> card.visibility() == Visibility.PUBLIC) // as stored, not only as announced
                .forEach(this::broadcast);
    }

    void broadcast(RecognitionCard card) {
        for (var subscriber : subscribers) {
            try {
                subscriber.deliver().execute(() -> subscriber.onEntry().accept(card));
            } catch (RuntimeException e) {
                // a closed UI refuses access: it will unsubscribe on detach; the others still hear about it
                log.debug("A board could not be told about entry {}", card.id(), e);
            }
        }
    }
}
