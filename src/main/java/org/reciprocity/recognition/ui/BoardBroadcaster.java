package org.reciprocity.recognition.ui;

import com.vaadin.flow.server.Command;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.reciprocity.recognition.RecognitionCard;
import org.reciprocity.recognition.RecognitionGiven;
import org.reciprocity.recognition.RecognitionService;
import org.reciprocity.recognition.Visibility;
import org.reciprocity.security.Role;
import org.reciprocity.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells every open board about a new public entry, after it was committed. Each board registers with the way
 * it runs code in its own UI ({@code ui::access}, which pushes the change to the browser); the entry is read
 * once, as nobody in particular, so a private one can never travel this way.
 */
@Component
class BoardBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(BoardBroadcaster.class);

    private record Listener(Consumer<RecognitionCard> onEntry, Consumer<Command> access) {
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final RecognitionService recognitions;

    BoardBroadcaster(RecognitionService recognitions) {
        this.recognitions = recognitions;
    }

    /**
     * @param onEntry what to do with a new public entry, run through {@code access}
     * @param access  runs a command in the listener's UI ({@code ui::access})
     */
    Registration register(Consumer<RecognitionCard> onEntry, Consumer<Command> access) {
        var listener = new Listener(onEntry, access);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    int listenerCount() {
        return listeners.size();
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    void on(RecognitionGiven event) {
        if (event.visibility() != Visibility.PUBLIC || listeners.isEmpty()) {
            return;
        }
        SystemAccess.callAs(() -> recognitions.find(event.recognitionId()), Role.EMPLOYEE)
                .filter(card -> card.visibility() == Visibility.PUBLIC)
                .ifPresent(this::broadcast);
    }

    void broadcast(RecognitionCard card) {
        for (var listener : listeners) {
            try {
                listener.access().accept(() -> listener.onEntry().accept(card));
            } catch (RuntimeException e) {
                // a closed UI refuses access: it will unregister on detach; the others still hear about it
                log.debug("A board could not be told about entry {}", card.id(), e);
            }
        }
    }
}
