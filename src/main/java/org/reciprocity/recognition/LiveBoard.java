package org.reciprocity.recognition;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * New public entries as they are committed on any server node, for screens that show the board live (the board,
 * TV screens), and entries taken off it again. Each entry is read with nobody's view — no reader's applause, never a
 * private entry — so a subscriber only ever receives what every signed-in person may see.
 */
public interface LiveBoard {

    /**
     * @param onEntry     told about each new public entry, through {@code deliver}
     * @param onWithdrawn told the id of each entry taken off the board, through {@code deliver}: drop it
     * @param deliver     runs the telling where the subscriber can take it, as a signed-in person: the entry is read
     *                    there. A view passes {@code command -> ui.access(command::run)}, which runs it as the
     *                    person looking at the view and pushes the change to their browser
     * @return ends the subscription (a view ends it on detach)
     */
    Subscription subscribe(Consumer<RecognitionCard> onEntry, LongConsumer onWithdrawn, Executor deliver);

    /** New entries only. */
    default Subscription subscribe(Consumer<RecognitionCard> onEntry, Executor deliver) {
        return subscribe(onEntry, id -> { }, deliver);
    }

    /** An open subscription. */
    interface Subscription {

        void cancel();
    }
}
