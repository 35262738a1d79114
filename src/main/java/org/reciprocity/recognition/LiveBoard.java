package org.reciprocity.recognition;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * New public entries as they are committed, for screens that show the board live (the board, TV screens). Each
 * entry is read once, with nobody's view — no reader's applause, never a private entry — so a subscriber only ever
 * receives what every signed-in person may see.
 */
public interface LiveBoard {

    /**
     * @param onEntry told about each new public entry, through {@code deliver}
     * @param deliver runs the telling where the subscriber can take it; a view passes
     *                {@code command -> ui.access(command::run)}, which also pushes the change to the browser
     * @return ends the subscription (a view ends it on detach)
     */
    Subscription subscribe(Consumer<RecognitionCard> onEntry, Executor deliver);

    /** An open subscription. */
    interface Subscription {

        void cancel();
    }
}
